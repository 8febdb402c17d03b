package org.homeward.portal.help;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.help.HelpRequestService;
import org.homeward.help.HelpRequestView;
import org.homeward.people.Caller;
import org.homeward.portal.layout.EmptyState;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** On a participant's page, for their caseworker: every request of theirs, newest first, with the answers. */
public class ParticipantHelpRequests extends VerticalLayout {

    private final HelpRequestService help;
    private final Caller me;
    private final String participantId;
    private final ZoneId zone;
    private final Clock clock;
    private final VerticalLayout items = new VerticalLayout();

    ParticipantHelpRequests(HelpRequestService help, Caller me, String participantId, ZoneId zone, Clock clock) {
        this.help = help;
        this.me = me;
        this.participantId = participantId;
        this.zone = zone;
        this.clock = clock;
        setId("participant-help-requests");
        setPadding(false);
        items.setPadding(false);
        add(new H3(getTranslation("helpPanel.title")), items);
        refresh();
    }

    public void refresh() {
        items.removeAll();
        List<HelpRequestView> theirs = help.ofParticipant(me, participantId);
        if (theirs.isEmpty()) {
            items.add(EmptyState.of(getTranslation("helpPanel.noneForParticipant")));
        }
        theirs.forEach(request -> items.add(new ResponderRequestCard(help, me, request, zone, clock, false,
                this::refresh)));
    }
}
