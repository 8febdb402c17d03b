package org.homeward.portal.home;

import org.homeward.portal.layout.EmptyState;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.caseload.CaseloadService;
import org.homeward.caseload.MatchSummary;
import org.homeward.caseload.ParticipantOverview;
import org.homeward.caseload.PersonSummary;
import org.homeward.portal.checkins.CheckInPanels;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;
import org.homeward.portal.security.PortalUser;

/** A participant's home: their own name and the people who walk with them. One column, phone first. */
@Prototype
@RolesAllowed("PARTICIPANT")
@Route(value = "me", layout = MainLayout.class)
@NavigationItem(label = "nav.me", icon = VaadinIcon.HOME, order = 10)
public class ParticipantHomeView extends VerticalLayout implements HasDynamicTitle {

    public ParticipantHomeView(CaseloadService caseload, CheckInPanels checkIns) {
        PortalUser user = PortalSession.requireUser();
        ParticipantOverview me = caseload.overview(user.caller(), user.userId());
        setMaxWidth("40rem");
        H2 greeting = new H2(getTranslation("participantHome.greeting", "name", me.displayName()));
        greeting.setId("greeting");
        add(greeting, new Paragraph(getTranslation("participantHome.intro")));
        add(checkIns.selfCheckIn(user.caller()));

        add(new H3(getTranslation("participantHome.caseworkers")));
        if (me.caseworkers().isEmpty()) {
            add(EmptyState.of(getTranslation("participantHome.noCaseworker")));
        }
        for (PersonSummary caseworker : me.caseworkers()) {
            add(new PersonCard(caseworker.displayName(), getTranslation("relation.caseworker")));
        }
        add(new H3(getTranslation("participantHome.mentors")));
        if (me.mentorMatches().isEmpty()) {
            add(EmptyState.of(getTranslation("participantHome.noMentor")));
        }
        for (MatchSummary match : me.mentorMatches()) {
            add(new PersonCard(match.mentor().displayName(), getTranslation("relation.mentor")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.me") + " · " + getTranslation("app.name");
    }
}
