package org.homeward.caseload;

import jakarta.inject.Singleton;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.DataKind;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.sharing.SharedData;
import org.homeward.sharing.Sharing;
import org.homeward.sharing.SharingChoices;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one place that decides whether a caller may see a participant: same organisation, and the
 * participant themself, an organisation admin, an assigned caseworker or a currently matched mentor.
 * Anyone else learns nothing, not even that the participant exists (the answer is "not found").
 * Beyond the person themself, what each caseworker and mentor sees of them is the participant's
 * choice ({@link Sharing}); an organisation admin runs accounts and sees none of it. Reads of a
 * participant's information by anyone else, and every change, go to the audit trail from here.
 */
@Singleton
public class ParticipantAccess {

    private final UserAccountRepository users;
    private final CaseAssignmentRepository assignments;
    private final MentorMatchRepository matches;
    private final SharingChoices sharing;
    private final AuditTrail audit;
    private final Clock clock;

    public ParticipantAccess(UserAccountRepository users, CaseAssignmentRepository assignments,
                             MentorMatchRepository matches, SharingChoices sharing, AuditTrail audit, Clock clock) {
        this.users = users;
        this.assignments = assignments;
        this.matches = matches;
        this.sharing = sharing;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The participant whose {@code kind} of information the caller is about to read: visible to the
     * caller and, where it is the participant's to share, shared with them. The read is recorded.
     *
     * @throws DomainException not found when the caller may not see the participant; forbidden when
     *                         the participant does not share this with them
     */
    public UserAccount reading(Caller caller, String participantId, DataKind kind) {
        UserAccount participant = sharedWith(caller, participantId, kind);
        audit.read(caller, participant.id(), kind);
        return participant;
    }

    /** A participant the caller reads, with what the participant shares with them. */
    public record Seen(UserAccount participant, Sharing sharing) {
    }

    /** As {@link #reading}, for a reader who also needs the sharing (how much of the appointments, say). */
    public Seen readingShared(Caller caller, String participantId, DataKind kind) {
        UserAccount participant = participantVisibleTo(caller, participantId);
        Sharing sharing = sharingWith(caller, participant);
        requireShared(sharing, kind);
        audit.read(caller, participant.id(), kind);
        return new Seen(participant, sharing);
    }

    /**
     * As {@link #reading}, for a change, recorded in the change's own transaction. Who may make
     * which change (a caseworker, the author, a mentor) stays the service's rule.
     */
    public UserAccount changing(Caller caller, String participantId, DataKind kind) {
        UserAccount participant = sharedWith(caller, participantId, kind);
        audit.changed(caller, participant.id(), kind);
        return participant;
    }

    /**
     * The participant whose plan the caller changes, when they may: the participant themself or an
     * assigned caseworker the participant shares {@code kind} with. Others who may see them are told
     * "not allowed".
     */
    public UserAccount managing(Caller caller, String participantId, DataKind kind) {
        UserAccount participant = sharedWith(caller, participantId, kind);
        if (!caller.is(Role.PARTICIPANT) && !caller.is(Role.CASEWORKER)) {
            throw DomainException.forbidden();
        }
        audit.changed(caller, participant.id(), kind);
        return participant;
    }

    /** What the caller sees of this participant: everything of their own, the participant's choice otherwise. */
    public Sharing sharingWith(Caller caller, UserAccount participant) {
        return switch (caller.role()) {
            case PARTICIPANT -> caller.userId().equals(participant.id()) ? Sharing.EVERYTHING : Sharing.NOTHING;
            case CASEWORKER, MENTOR -> sharing.between(participant.id(), caller.userId(), caller.role());
            case ORG_ADMIN -> Sharing.NOTHING;
        };
    }

    /** Visible, and shared where the kind is the participant's to share (the choice is read only then). */
    private UserAccount sharedWith(Caller caller, String participantId, DataKind kind) {
        UserAccount participant = participantVisibleTo(caller, participantId);
        if (sharedAs(kind) != null) {
            requireShared(sharingWith(caller, participant), kind);
        }
        return participant;
    }

    private static void requireShared(Sharing sharing, DataKind kind) {
        SharedData shared = sharedAs(kind);
        if (shared != null && !sharing.allows(shared)) {
            throw DomainException.forbidden();
        }
    }

    /** The consent that covers a kind of information; none for what every supporter may see. */
    private static SharedData sharedAs(DataKind kind) {
        return switch (kind) {
            case TASKS -> SharedData.TASKS;
            case APPOINTMENTS -> SharedData.APPOINTMENTS;
            case GOALS -> SharedData.GOALS;
            case HELP_REQUESTS -> SharedData.HELP_REQUESTS;
            case CRISIS_CONTACTS -> SharedData.CRISIS_CONTACTS;
            // Check-in notes are decided note by note (CHECK_IN_NOTES); a concern always reaches the
            // caseworkers; the profile and notifications are the relation itself.
            case PROFILE, CHECK_INS, CONCERNS, NOTIFICATIONS, SUMMARY -> null;
        };
    }

    /** @throws DomainException not found, when the participant does not exist or the caller may not see them */
    public UserAccount participantVisibleTo(Caller caller, String participantId) {
        return users.findByIdAndOrganisationId(participantId, caller.organisationId())
                .filter(participant -> participant.role() == Role.PARTICIPANT)
                .filter(participant -> maySee(caller, participant))
                .orElseThrow(DomainException::notFound);
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
