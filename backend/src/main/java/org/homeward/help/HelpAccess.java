package org.homeward.help;

import jakarta.inject.Singleton;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;

/**
 * Who may see and answer a help request: the participant who sent it, their assigned
 * caseworkers, and, once it escalated to them, the backup caseworker and the on-call staff.
 * A matched mentor sees (and never answers) a participant's requests only when the participant
 * shares their requests for help with them. Anyone else (another organisation, an unassigned
 * caseworker, a mentor they are not shared with, an admin) is told it does not exist.
 */
@Singleton
public class HelpAccess {

    private final HelpRequestRepository requests;
    private final HelpResponders responders;
    private final ParticipantAccess participants;

    public HelpAccess(HelpRequestRepository requests, HelpResponders responders, ParticipantAccess participants) {
        this.requests = requests;
        this.responders = responders;
        this.participants = participants;
    }

    /** Whether a mentor may read this participant's requests: matched, and shared with. */
    public boolean sharedWithMentor(Caller caller, String participantId) {
        try {
            UserAccount participant = participants.participantVisibleTo(caller, participantId);
            return participants.sharingWith(caller, participant).helpRequests();
        } catch (DomainException notVisible) {
            return false;
        }
    }

    /** The request, locked for a change when {@code forUpdate}, if the caller may see it. */
    public HelpRequest visible(Caller caller, String id, boolean forUpdate) {
        HelpRequest request = (forUpdate ? requests.lockById(id) : requests.findById(id))
                .filter(found -> found.organisationId().equals(caller.organisationId()))
                .orElseThrow(DomainException::notFound);
        if (!maySee(caller, request)) {
            throw DomainException.notFound();
        }
        return request;
    }

    /** The caller's own request, as its participant. */
    public HelpRequest own(Caller caller, String id, boolean forUpdate) {
        HelpRequest request = visible(caller, id, forUpdate);
        if (!request.participantId().equals(caller.userId())) {
            throw DomainException.notFound();
        }
        return request;
    }

    /** A request the caller answers, as a caseworker it reached. */
    public HelpRequest answered(Caller caller, String id) {
        if (!caller.is(Role.CASEWORKER)) {
            throw DomainException.forbidden();
        }
        return visible(caller, id, true);
    }

    boolean maySee(Caller caller, HelpRequest request) {
        if (!request.organisationId().equals(caller.organisationId())) {
            return false;
        }
        return switch (caller.role()) {
            case PARTICIPANT -> request.participantId().equals(caller.userId());
            case CASEWORKER -> responders.reachOf(caller.userId(), caller.organisationId()).reaches(request);
            case MENTOR -> sharedWithMentor(caller, request.participantId());
            case ORG_ADMIN -> false;
        };
    }
}
