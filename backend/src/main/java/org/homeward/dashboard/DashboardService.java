package org.homeward.dashboard;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.audit.AuditTrail;
import org.homeward.caseload.CaseAssignment;
import org.homeward.caseload.CaseAssignmentRepository;
import org.homeward.checkins.CheckInService;
import org.homeward.checkins.CheckInSettings;
import org.homeward.checkins.ConcernService;
import org.homeward.checkins.ConcernView;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.sharing.SharedData;
import org.homeward.sharing.Sharing;
import org.homeward.sharing.SharingChoices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A caseworker's caseload ordered by need: requests for help that escalated, then open ones, open
 * concerns, missed appointments, overdue tasks, no contact for a while, release soon. Each row is
 * a prompt for a conversation; there is no score. What a participant does not share with the
 * caseworker (tasks, appointments) is left out of their row.
 */
@Singleton
public class DashboardService {

    static final int MISSED_DAYS = 90;
    static final int RELEASE_DAYS = 30;

    private final CaseAssignmentRepository assignments;
    private final UserAccountRepository users;
    private final SharingChoices sharing;
    private final DashboardQueries queries;
    private final ConcernService concerns;
    private final CheckInService checkIns;
    private final CheckInSettings checkInSettings;
    private final AuditTrail audit;
    private final Clock clock;

    DashboardService(CaseAssignmentRepository assignments, UserAccountRepository users, SharingChoices sharing,
                     DashboardQueries queries, ConcernService concerns, CheckInService checkIns,
                     CheckInSettings checkInSettings, AuditTrail audit, Clock clock) {
        this.concerns = concerns;
        this.checkIns = checkIns;
        this.checkInSettings = checkInSettings;
        this.assignments = assignments;
        this.users = users;
        this.sharing = sharing;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DashboardRow> dashboard(Caller caller) {
        if (!caller.is(Role.CASEWORKER)) {
            throw DomainException.forbidden();
        }
        List<String> ids = assignments.findByCaseworkerIdAndEndedAtIsNull(caller.userId()).stream()
                .map(CaseAssignment::participantId).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UserAccount> participants = users.findByIdInList(ids).stream()
                .filter(user -> user.organisationId().equals(caller.organisationId())).toList();
        Instant now = clock.instant();
        LocalDate utcToday = LocalDate.ofInstant(now, ZoneId.of("UTC"));
        Map<String, Sharing> shared = sharing.withPerson(caller.userId(), Role.CASEWORKER, ids);
        Map<String, DashboardQueries.HelpCounts> help = queries.activeHelp(ids);
        Map<String, DashboardQueries.Attendance> attendance = queries.attendanceSince(ids,
                now.minus(Duration.ofDays(MISSED_DAYS)));
        // A day either side of UTC covers every participant's own today.
        Map<String, List<LocalDate>> due = queries.openDueDates(ids, utcToday.plusDays(1));
        Map<String, LocalDate> releases = queries.releasesBetween(ids, utcToday, utcToday.plusDays(RELEASE_DAYS));
        Map<String, List<ConcernView>> openConcerns = concerns.openConcernsFor(ids);
        Map<String, Instant> lastCheckIns = checkIns.lastCheckInDates(ids);
        int noContactDays = checkInSettings.noContactDays();

        List<DashboardRow> rows = participants.stream().map(participant -> {
            Sharing theirs = shared.get(participant.id());
            LocalDate today = LocalDate.ofInstant(now, participant.zone());
            DashboardQueries.HelpCounts helpCounts = help.getOrDefault(participant.id(),
                    new DashboardQueries.HelpCounts(0, 0));
            Integer overdue = theirs.allows(SharedData.TASKS) ? (int) due.getOrDefault(participant.id(), List.of())
                    .stream().filter(date -> date.isBefore(today)).count() : null;
            DashboardQueries.Attendance kept = theirs.allows(SharedData.APPOINTMENTS)
                    ? attendance.get(participant.id()) : null;
            Instant lastCheckIn = lastCheckIns.get(participant.id());
            LocalDate lastContact = lastCheckIn == null ? null : LocalDate.ofInstant(lastCheckIn, participant.zone());
            Integer daysSince = lastContact == null ? null : (int) ChronoUnit.DAYS.between(lastContact, today);
            return new DashboardRow(participant.id(), participant.displayName(), helpCounts.escalated(),
                    helpCounts.open(), openConcerns.getOrDefault(participant.id(), List.of()).size(),
                    theirs.allows(SharedData.APPOINTMENTS) ? (kept == null ? Map.of() : kept.missed()) : null,
                    kept != null && kept.missingOneKind(), overdue, lastContact, daysSince,
                    daysSince == null || daysSince >= noContactDays, releases.get(participant.id()));
        }).sorted(BY_NEED).toList();
        audit.readSummaries(caller, rows.stream().map(DashboardRow::participantId).toList());
        return rows;
    }

    /** Most pressing first; the same need, the bigger count first; then by name. */
    static final Comparator<DashboardRow> BY_NEED = Comparator
            .comparing((DashboardRow row) -> row.escalatedHelp() > 0).reversed()
            .thenComparing(Comparator.comparing((DashboardRow row) -> row.openHelp() > 0).reversed())
            .thenComparing(Comparator.comparing((DashboardRow row) -> row.openConcerns() > 0).reversed())
            .thenComparing(Comparator.comparing((DashboardRow row) -> row.missedTotal() > 0).reversed())
            .thenComparing(Comparator.comparing((DashboardRow row) -> row.overdue() > 0).reversed())
            .thenComparing(Comparator.comparing(DashboardRow::noRecentContact).reversed())
            .thenComparing(DashboardRow::releaseDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparingInt(DashboardRow::escalatedHelp).reversed())
            .thenComparing(Comparator.comparingInt(DashboardRow::openHelp).reversed())
            .thenComparing(Comparator.comparingInt(DashboardRow::openConcerns).reversed())
            .thenComparing(Comparator.comparingInt(DashboardRow::missedTotal).reversed())
            .thenComparing(Comparator.comparingInt(DashboardRow::overdue).reversed())
            .thenComparing(DashboardRow::displayName, String.CASE_INSENSITIVE_ORDER);

}
