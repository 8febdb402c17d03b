package org.homeward.portal.help;

import jakarta.inject.Singleton;
import org.homeward.help.HelpRequestService;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.portal.i18n.Moments;
import org.homeward.portal.security.PortalSession;

import java.time.Clock;

/** Builds the caseworkers' help panels for other pages (the caseload, a participant's page). */
@Singleton
public class HelpPanels {

    private final HelpRequestService help;
    private final ProfileService profiles;
    private final Clock clock;

    public HelpPanels(HelpRequestService help, ProfileService profiles, Clock clock) {
        this.help = help;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The requests that reached the signed-in caseworker, for the top of their caseload. */
    public HelpRequestsPanel requestsForMe() {
        Caller me = PortalSession.requireUser().caller();
        return new HelpRequestsPanel(help, me, Moments.zone(profiles.me(me).timeZone()), clock);
    }

    /** One participant's requests, for the caseworker on that participant's page. */
    public ParticipantHelpRequests requestsOf(String participantId) {
        Caller me = PortalSession.requireUser().caller();
        return new ParticipantHelpRequests(help, me, participantId, Moments.zone(profiles.me(me).timeZone()),
                clock);
    }
}
