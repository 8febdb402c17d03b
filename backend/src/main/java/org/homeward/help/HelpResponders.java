package org.homeward.help;

import jakarta.inject.Singleton;
import org.homeward.caseload.CaseAssignment;
import org.homeward.caseload.CaseAssignmentRepository;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who answers a participant's request at each level of escalation: their assigned caseworkers,
 * then the organisation's backup caseworker, then its on-call staff (or, when it named none, all its
 * caseworkers).
 */
@Singleton
public class HelpResponders {

    private final CaseAssignmentRepository assignments;
    private final HelpSettingsRepository settings;
    private final OnCallStaffRepository onCall;
    private final UserAccountRepository users;
    private final Clock clock;

    public HelpResponders(CaseAssignmentRepository assignments, HelpSettingsRepository settings,
                          OnCallStaffRepository onCall, UserAccountRepository users, Clock clock) {
        this.assignments = assignments;
        this.settings = settings;
        this.onCall = onCall;
        this.users = users;
        this.clock = clock;
    }

    public HelpSettings settingsOf(String organisationId) {
        return settings.findById(organisationId).orElseGet(() -> HelpSettings.defaults(organisationId, clock.instant()));
    }

    /** The people a request reaches at exactly this level (nobody, when the level has no one). */
    public List<String> atLevel(HelpRequest request, int level) {
        return switch (level) {
            case 0 -> assignments.findByParticipantIdAndEndedAtIsNull(request.participantId()).stream()
                    .map(CaseAssignment::caseworkerId).toList();
            case 1 -> {
                String backup = settingsOf(request.organisationId()).backupCaseworkerId();
                yield backup == null ? List.of() : List.of(backup);
            }
            case 2 -> onCallOrEveryCaseworker(request.organisationId());
            default -> List.of();
        };
    }

    /**
     * The on-call staff; an organisation that named nobody falls back to all its caseworkers, so a
     * request always reaches someone who can answer it.
     */
    private List<String> onCallOrEveryCaseworker(String organisationId) {
        List<String> named = onCall.userIdsIn(organisationId);
        return !named.isEmpty() ? named : users.findByOrganisationIdAndRoleOrderByDisplayName(organisationId,
                Role.CASEWORKER).stream().map(UserAccount::id).toList();
    }

    /** Everyone the request has reached so far: it stays in front of each level it reached. */
    public Set<String> reachedBy(HelpRequest request) {
        Set<String> people = new LinkedHashSet<>();
        for (int level = 0; level <= request.escalationLevel(); level++) {
            people.addAll(atLevel(request, level));
        }
        return people;
    }

    /**
     * What a caseworker is for the organisation's requests, read once so a list can be filtered
     * without asking the database again for every request.
     */
    public Reach reachOf(String userId, String organisationId) {
        Set<String> caseload = assignments.findByCaseworkerIdAndEndedAtIsNull(userId).stream()
                .map(CaseAssignment::participantId).collect(Collectors.toSet());
        return new Reach(caseload, userId.equals(settingsOf(organisationId).backupCaseworkerId()),
                onCallOrEveryCaseworker(organisationId).contains(userId));
    }

    /** The participants a caseworker is assigned to, and whether they are the backup or on call. */
    public record Reach(Set<String> caseload, boolean backup, boolean onCall) {

        public boolean reaches(HelpRequest request) {
            return caseload.contains(request.participantId())
                    || backup && request.escalationLevel() >= 1
                    || onCall && request.escalationLevel() >= 2;
        }
    }
}
