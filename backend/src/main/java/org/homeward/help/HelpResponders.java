package org.homeward.help;

import jakarta.inject.Singleton;
import org.homeward.caseload.CaseAssignment;
import org.homeward.caseload.CaseAssignmentRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who answers a participant's request at each level of escalation: their assigned caseworkers,
 * then the organisation's backup caseworker, then its on-call staff.
 */
@Singleton
public class HelpResponders {

    private final CaseAssignmentRepository assignments;
    private final HelpSettingsRepository settings;
    private final OnCallStaffRepository onCall;
    private final Clock clock;

    public HelpResponders(CaseAssignmentRepository assignments, HelpSettingsRepository settings,
                          OnCallStaffRepository onCall, Clock clock) {
        this.assignments = assignments;
        this.settings = settings;
        this.onCall = onCall;
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
            case 2 -> onCall.userIdsIn(request.organisationId());
            default -> List.of();
        };
    }

    /** Everyone the request has reached so far: it stays in front of each level it reached. */
    public Set<String> reachedBy(HelpRequest request) {
        Set<String> people = new LinkedHashSet<>();
        for (int level = 0; level <= request.escalationLevel(); level++) {
            people.addAll(atLevel(request, level));
        }
        return people;
    }

    /** The levels a caller sits at for this organisation, so a list can be filtered in one pass. */
    public List<Integer> levelsOf(String userId, String organisationId) {
        List<Integer> levels = new ArrayList<>();
        if (userId.equals(settingsOf(organisationId).backupCaseworkerId())) {
            levels.add(1);
        }
        if (onCall.userIdsIn(organisationId).contains(userId)) {
            levels.add(2);
        }
        return levels;
    }
}
