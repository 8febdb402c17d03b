package org.homeward.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;
import org.homeward.common.Ids;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an organisation promises (response times per urgency), who stands behind its caseworkers
 * (a backup caseworker, the on-call staff), and how it kept the promise, month by month. Admins only.
 */
@Singleton
public class HelpSettingsService {

    static final int MAX_MINUTES = 14 * 24 * 60;

    private final HelpSettingsRepository settings;
    private final OnCallStaffRepository onCall;
    private final HelpResponders responders;
    private final HelpRequestRepository requests;
    private final UserAccountRepository users;
    private final Clock clock;

    public HelpSettingsService(HelpSettingsRepository settings, OnCallStaffRepository onCall,
                               HelpResponders responders, HelpRequestRepository requests,
                               UserAccountRepository users, Clock clock) {
        this.settings = settings;
        this.onCall = onCall;
        this.responders = responders;
        this.requests = requests;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public HelpSetup setup(Caller caller) {
        requireAdmin(caller);
        return new HelpSetup(responders.settingsOf(caller.organisationId()), onCall.userIdsIn(caller.organisationId()));
    }

    @Transactional
    public HelpSetup change(Caller caller, @Nullable Integer nowMinutes, @Nullable Integer todayMinutes,
                            @Nullable Integer thisWeekMinutes, @Nullable String backupCaseworkerId,
                            @Nullable Collection<String> onCallIds) {
        requireAdmin(caller);
        HelpSettings current = responders.settingsOf(caller.organisationId());
        List<FieldProblem> problems = new ArrayList<>();
        int now = minutes(problems, "nowMinutes", nowMinutes, current.nowMinutes());
        int today = minutes(problems, "todayMinutes", todayMinutes, current.todayMinutes());
        int week = minutes(problems, "thisWeekMinutes", thisWeekMinutes, current.thisWeekMinutes());
        String backup = FieldChecks.trimmed(backupCaseworkerId);
        if (backup != null && !isStaff(caller, backup, Role.CASEWORKER)) {
            problems.add(new FieldProblem("backupCaseworkerId", "help.notACaseworker"));
        }
        List<String> staff = onCallIds == null ? onCall.userIdsIn(caller.organisationId())
                : onCallIds.stream().distinct().toList();
        // Caseworkers only: they are the ones who may open and answer a request.
        if (staff.stream().anyMatch(id -> !isStaff(caller, id, Role.CASEWORKER))) {
            problems.add(new FieldProblem("onCall", "help.notACaseworker"));
        }
        FieldChecks.throwIfAny(problems);
        Instant at = clock.instant();
        HelpSettings changed = new HelpSettings(caller.organisationId(), now, today, week, backup, at);
        HelpSettings saved = settings.existsById(caller.organisationId()) ? settings.update(changed)
                : settings.save(changed);
        onCall.clear(caller.organisationId());
        onCall.saveAll(staff.stream().map(id -> new OnCallStaff(Ids.newId(), caller.organisationId(), id, at)).toList());
        return new HelpSetup(saved, staff);
    }

    /** The last twelve months, oldest first, by the month a request was sent (UTC). */
    @Transactional(readOnly = true)
    public List<MonthFigures> figures(Caller caller) {
        requireAdmin(caller);
        YearMonth first = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)).minusMonths(11);
        Map<YearMonth, List<HelpRequest>> byMonth = new TreeMap<>();
        for (YearMonth month = first; !month.isAfter(first.plusMonths(11)); month = month.plusMonths(1)) {
            byMonth.put(month, new ArrayList<>());
        }
        requests.findByOrganisationIdAndCreatedAtGreaterThanEquals(caller.organisationId(),
                        first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .forEach(request -> byMonth.get(YearMonth.from(request.createdAt().atZone(ZoneOffset.UTC)))
                        .add(request));
        List<MonthFigures> figures = new ArrayList<>();
        byMonth.forEach((month, sent) -> {
            List<Double> minutes = sent.stream().filter(request -> request.acknowledgedAt() != null)
                    .map(request -> Duration.between(request.createdAt(), request.acknowledgedAt()).toSeconds() / 60.0)
                    .sorted().toList();
            figures.add(new MonthFigures(month.toString(), sent.size(), minutes.size(), percentile(minutes, 0.5),
                    percentile(minutes, 0.9), (int) sent.stream().filter(r -> r.escalationLevel() > 0).count()));
        });
        return figures;
    }

    /** Nearest-rank percentile; none for an empty month. */
    static Double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private boolean isStaff(Caller caller, String userId, Role role) {
        return users.findById(userId).filter(user -> user.organisationId().equals(caller.organisationId()))
                .map(UserAccount::role).filter(found -> found == role).isPresent();
    }

    private static int minutes(List<FieldProblem> problems, String field, @Nullable Integer given, int current) {
        if (given == null) {
            return current;
        }
        if (given < 1 || given > MAX_MINUTES) {
            problems.add(new FieldProblem(field, "help.responseMinutes"));
            return current;
        }
        return given;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ORG_ADMIN)) {
            throw DomainException.forbidden();
        }
    }

    /** The settings and the on-call staff, together. */
    public record HelpSetup(HelpSettings settings, List<String> onCall) {
    }
}
