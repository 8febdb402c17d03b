package org.homeward.portal.checkins;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Singleton;
import org.homeward.caseload.ParticipantOverview;
import org.homeward.checkins.CheckInService;
import org.homeward.checkins.ConcernService;
import org.homeward.checkins.ConcernView;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.portal.i18n.Moments;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The check-ins section of a participant's page, by role: a matched mentor logs check-ins and sees
 * their own; an assigned caseworker sees open concerns (with "record a response") and every
 * check-in over time, notes by consent; an organisation admin sees nothing of it.
 */
@Singleton
public class CheckInPanels {

    private final CheckInService checkIns;
    private final ConcernService concerns;
    private final Clock clock;

    public CheckInPanels(CheckInService checkIns, ConcernService concerns, Clock clock) {
        this.checkIns = checkIns;
        this.concerns = concerns;
        this.clock = clock;
    }

    public Optional<Component> forParticipant(Caller me, ParticipantOverview person, Runnable refresh) {
        ZoneId zone = Moments.zone(person.timeZone());
        VerticalLayout section = new VerticalLayout();
        section.setId("participant-check-ins");
        section.setPadding(false);
        if (me.is(Role.MENTOR)) {
            section.add(new H3(section.getTranslation("checkIns.title")),
                    new CheckInForm(checkIns, me, person.id(), zone, () -> LocalDateTime.now(clock.withZone(zone)),
                            refresh),
                    new CheckInList(checkIns.checkInsOf(me, person.id()), zone));
            return Optional.of(section);
        }
        if (me.is(Role.CASEWORKER)) {
            List<ConcernView> open = concerns.concernsOf(me, person.id()).stream().filter(ConcernView::open).toList();
            section.add(new ConcernsPanel(concerns, me, open, zone, refresh),
                    new H3(section.getTranslation("checkIns.title")),
                    new CheckInList(checkIns.checkInsOf(me, person.id()), zone));
            return Optional.of(section);
        }
        return Optional.empty();
    }

    /** The participant's own check-in card, for their home page. */
    public Component selfCheckIn(Caller participant) {
        return new SelfCheckInCard(checkIns, participant);
    }

}
