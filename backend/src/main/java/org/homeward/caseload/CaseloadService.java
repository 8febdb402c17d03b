package org.homeward.caseload;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.audit.DataKind;
import org.homeward.common.DomainException;
import org.homeward.common.Ids;
import org.homeward.people.Caller;
import org.homeward.people.ParticipantProfile;
import org.homeward.people.ParticipantProfileRepository;
import org.homeward.people.ReleaseStatus;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who looks after whom: caseloads, the people around a participant, and the organisation admin's
 * work of assigning caseworkers and matching mentors.
 */
@Singleton
public class CaseloadService {

    private final UserAccountRepository users;
    private final ParticipantProfileRepository profiles;
    private final CaseAssignmentRepository assignments;
    private final MentorMatchRepository matches;
    private final ParticipantAccess access;
    private final Clock clock;

    public CaseloadService(UserAccountRepository users, ParticipantProfileRepository profiles,
                           CaseAssignmentRepository assignments, MentorMatchRepository matches,
                           ParticipantAccess access, Clock clock) {
        this.users = users;
        this.profiles = profiles;
        this.assignments = assignments;
        this.matches = matches;
        this.access = access;
        this.clock = clock;
    }

    /** The participants the caller looks after: assigned (caseworker), matched (mentor), or all (admin). */
    @Transactional(readOnly = true)
    public List<PersonSummary> caseload(Caller caller) {
        List<String> ids = switch (caller.role()) {
            case CASEWORKER -> assignments.findByCaseworkerIdAndEndedAtIsNull(caller.userId()).stream()
                    .map(CaseAssignment::participantId).distinct().toList();
            case MENTOR -> matches.findByMentorId(caller.userId()).stream()
                    .filter(match -> match.isActiveOn(today()))
                    .map(MentorMatch::participantId).distinct().toList();
            case ORG_ADMIN -> users.findByOrganisationIdAndRoleOrderByDisplayName(caller.organisationId(),
                    Role.PARTICIPANT).stream().map(UserAccount::id).toList();
            case PARTICIPANT -> throw DomainException.forbidden();
        };
        if (ids.isEmpty()) {
            return List.of();
        }
        return users.findByIdInListOrderByDisplayName(ids).stream()
                .filter(user -> user.organisationId().equals(caller.organisationId()))
                .map(PersonSummary::of).toList();
    }

    /** Everyone in the caller's organisation; for organisation admins only. */
    @Transactional(readOnly = true)
    public List<PersonSummary> organisationPeople(Caller caller) {
        requireAdmin(caller);
        return users.findByOrganisationIdOrderByDisplayName(caller.organisationId()).stream()
                .map(PersonSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> organisationPeople(Caller caller, Role role) {
        requireAdmin(caller);
        return users.findByOrganisationIdAndRoleOrderByDisplayName(caller.organisationId(), role).stream()
                .map(PersonSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public ParticipantOverview overview(Caller caller, String participantId) {
        UserAccount participant = access.reading(caller, participantId, DataKind.PROFILE);
        Optional<ParticipantProfile> profile = profiles.findById(participant.id());
        List<PersonSummary> caseworkers = assignments.findByParticipantIdAndEndedAtIsNull(participant.id()).stream()
                .map(CaseAssignment::caseworkerId).distinct()
                .map(users::findById).flatMap(Optional::stream)
                .map(PersonSummary::of).toList();
        List<MentorMatch> current = matches.findByParticipantId(participant.id()).stream()
                .filter(match -> match.endsOn() == null || match.endsOn().isAfter(today())).toList();
        Map<String, UserAccount> mentors = usersById(current.stream().map(MentorMatch::mentorId).distinct().toList());
        PersonSummary self = PersonSummary.of(participant);
        List<MatchSummary> mentorMatches = current.stream()
                .filter(match -> mentors.containsKey(match.mentorId()))
                .map(match -> new MatchSummary(match.id(), PersonSummary.of(mentors.get(match.mentorId())), self,
                        match.startsOn(), match.endsOn()))
                .toList();
        return new ParticipantOverview(participant.id(), participant.displayName(), participant.language(),
                participant.timeZone(), profile.map(ParticipantProfile::releaseDate).orElse(null),
                profile.map(ParticipantProfile::releaseStatus).orElse(ReleaseStatus.RELEASED),
                caseworkers, mentorMatches, access.sharingWith(caller, participant));
    }

    @Transactional
    public CaseAssignment assignCaseworker(Caller caller, String participantId, String caseworkerId) {
        requireAdmin(caller);
        UserAccount participant = access.participantVisibleTo(caller, participantId);
        UserAccount caseworker = personInOrganisation(caller, caseworkerId, Role.CASEWORKER, "caseworkerId");
        if (assignments.existsByParticipantIdAndCaseworkerIdAndEndedAtIsNull(participant.id(), caseworker.id())) {
            throw DomainException.invalidField("caseworkerId", "assignment.alreadyAssigned");
        }
        return assignments.save(new CaseAssignment(Ids.newId(), caller.organisationId(), participant.id(),
                caseworker.id(), clock.instant(), null));
    }

    @Transactional
    public void endAssignment(Caller caller, String participantId, String assignmentId) {
        requireAdmin(caller);
        access.participantVisibleTo(caller, participantId);
        CaseAssignment assignment = assignments.findById(assignmentId)
                .filter(a -> a.participantId().equals(participantId) && a.isCurrent())
                .orElseThrow(DomainException::notFound);
        assignments.update(new CaseAssignment(assignment.id(), assignment.organisationId(), assignment.participantId(),
                assignment.caseworkerId(), assignment.startedAt(), clock.instant()));
    }

    @Transactional
    public MentorMatch matchMentor(Caller caller, String participantId, String mentorId, LocalDate startsOn) {
        requireAdmin(caller);
        UserAccount participant = access.participantVisibleTo(caller, participantId);
        UserAccount mentor = personInOrganisation(caller, mentorId, Role.MENTOR, "mentorId");
        LocalDate start = startsOn == null ? today() : startsOn;
        boolean overlapping = matches.findByParticipantId(participant.id()).stream()
                .anyMatch(match -> match.mentorId().equals(mentor.id())
                        && (match.endsOn() == null || match.endsOn().isAfter(start)));
        if (overlapping) {
            throw DomainException.invalidField("mentorId", "match.alreadyMatched");
        }
        return matches.save(new MentorMatch(Ids.newId(), caller.organisationId(), participant.id(), mentor.id(),
                start, null, clock.instant()));
    }

    @Transactional
    public MentorMatch endMatch(Caller caller, String participantId, String matchId, LocalDate endsOn) {
        requireAdmin(caller);
        access.participantVisibleTo(caller, participantId);
        MentorMatch match = matches.findById(matchId)
                .filter(m -> m.participantId().equals(participantId) && m.endsOn() == null)
                .orElseThrow(DomainException::notFound);
        LocalDate end = endsOn == null ? today() : endsOn;
        if (end.isBefore(match.startsOn())) {
            throw DomainException.invalidField("endsOn", "match.endBeforeStart");
        }
        return matches.update(match.endingOn(end));
    }

    private Map<String, UserAccount> usersById(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdInListOrderByDisplayName(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
    }

    private UserAccount personInOrganisation(Caller caller, String id, Role role, String field) {
        return users.findByIdAndOrganisationId(id == null ? "" : id, caller.organisationId())
                .filter(user -> user.role() == role)
                .orElseThrow(() -> DomainException.invalidField(field, "person.notFound"));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ORG_ADMIN)) {
            throw DomainException.forbidden();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
