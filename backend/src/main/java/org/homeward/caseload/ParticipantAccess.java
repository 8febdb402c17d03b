package org.homeward.caseload;

import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one place that decides whether a caller may see a participant: same organisation, and the
 * participant themself, an organisation admin, an assigned caseworker or a currently matched mentor.
 * Anyone else learns nothing, not even that the participant exists (the answer is "not found").
 */
@Singleton
public class ParticipantAccess {

    private final UserAccountRepository users;
    private final CaseAssignmentRepository assignments;
    private final MentorMatchRepository matches;
    private final Clock clock;

    public ParticipantAccess(UserAccountRepository users, CaseAssignmentRepository assignments,
                             MentorMatchRepository matches, Clock clock) {
        this.users = users;
        this.assignments = assignments;
        this.matches = matches;
        this.clock = clock;
    }

    /** @throws DomainException not found, when the participant does not exist or the caller may not see them */
    public UserAccount participantVisibleTo(Caller caller, String participantId) {
        return users.findByIdAndOrganisationId(participantId, caller.organisationId())
                .filter(participant -> participant.role() == Role.PARTICIPANT)
                .filter(participant -> maySee(caller, participant))
                .orElseThrow(DomainException::notFound);
    }

    /**
     * The participant, when the caller may change their plan: the participant themself or an
     * assigned caseworker. A mentor or admin who may see the participant is told "not allowed".
     */
    public UserAccount participantManagedBy(Caller caller, String participantId) {
        UserAccount participant = participantVisibleTo(caller, participantId);
        if (caller.is(Role.PARTICIPANT) || caller.is(Role.CASEWORKER)) {
            return participant;
        }
        throw DomainException.forbidden();
    }

    private boolean maySee(Caller caller, UserAccount participant) {
        return switch (caller.role()) {
            case PARTICIPANT -> caller.userId().equals(participant.id());
            case ORG_ADMIN -> true;
            case CASEWORKER -> assignments.existsByParticipantIdAndCaseworkerIdAndEndedAtIsNull(
                    participant.id(), caller.userId());
            case MENTOR -> isMatched(caller.userId(), participant.id());
        };
    }

    private boolean isMatched(String mentorId, String participantId) {
        LocalDate today = LocalDate.now(clock);
        return matches.findByParticipantId(participantId).stream()
                .anyMatch(match -> match.mentorId().equals(mentorId) && match.isActiveOn(today));
    }
}
