package org.homeward.today;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentStatus;
import org.homeward.appointments.AppointmentView;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.contacts.CrisisContactService;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskView;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

/**
 * The participant's day in one answer, and the changes a phone needs for its offline copy.
 * Sync asks again from a little before the last cursor, so a write that committed late is not
 * missed; the phone keeps the newest version of each item it receives.
 */
@Singleton
public class TodayService {

    /** Longer than any write transaction takes, so late commits still fall inside the next window. */
    static final Duration SYNC_OVERLAP = Duration.ofSeconds(5);
    /** The last instant a DATETIME column holds. */
    private static final Instant LATEST_CURSOR = Instant.parse("9999-12-31T23:59:59.999Z");

    private final TaskService tasks;
    private final AppointmentService appointments;
    private final ParticipantAccess access;
    private final CrisisContactService crisisContacts;
    private final UserAccountRepository users;
    private final TodayCache cache;
    private final Clock clock;

    public TodayService(TaskService tasks, AppointmentService appointments, ParticipantAccess access,
                        CrisisContactService crisisContacts, UserAccountRepository users, TodayCache cache,
                        Clock clock) {
        this.users = users;
        this.cache = cache;
        this.tasks = tasks;
        this.appointments = appointments;
        this.access = access;
        this.crisisContacts = crisisContacts;
        this.clock = clock;
    }

    /**
     * One connection without a transaction: the day is read in 3 or 4 independent queries, and a
     * read-only transaction would add three statements to them (autocommit off, commit, on), the
     * largest single cost of the phone's most frequent request (see bench/README.md). The
     * participant's own day is kept in {@link TodayCache} while their plan version stays the same.
     */
    @Connectable
    public Today today(Caller caller, String participantId) {
        UserAccount participant = access.participantVisibleTo(caller, participantId);
        ZoneId zone = ZoneId.of(participant.timeZone());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (!caller.userId().equals(participant.id())) {
            return compute(caller, participant, zone, today);
        }
        // The version is read before the day: a write committing in between leaves a newer day
        // under the older stamp, which the next request replaces, never an older day under a newer one.
        TodayCache.Stamp stamp = new TodayCache.Stamp(users.findPlanVersionById(participant.id()).orElse(0L),
                today, participant.timeZone(), participant.language());
        return cache.get(participant.id(), stamp, () -> compute(caller, participant, zone, today));
    }

    private Today compute(Caller caller, UserAccount participant, ZoneId zone, LocalDate today) {
        List<TaskView> due = tasks.dueByToday(caller, participant);
        List<AppointmentView> week = appointments.upcoming(caller, participant, 7).stream()
                .filter(appointment -> appointment.status() == AppointmentStatus.BOOKED).toList();
        List<AppointmentView> todays = week.stream()
                .filter(appointment -> appointment.startsAt().atZone(zone).toLocalDate().equals(today)).toList();
        // The upcoming window ends at midnight starting the eighth day, inclusive: leave that midnight out.
        LocalDate lastDay = today.plusDays(7);
        List<AppointmentView> later = week.stream()
                .filter(appointment -> appointment.startsAt().atZone(zone).toLocalDate().isAfter(today))
                .filter(appointment -> !appointment.startsAt().atZone(zone).toLocalDate().isAfter(lastDay)).toList();
        int overdue = (int) due.stream().filter(task -> task.dueDate().isBefore(today)).count();
        return new Today(today, participant.timeZone(), due, todays, later,
                new Today.Counts(overdue, due.size() - overdue, todays.size()));
    }

    @Transactional(readOnly = true)
    public Changes changesSince(Caller caller, String participantId, String cursor) {
        Instant from = cursor == null || cursor.isBlank() ? Instant.EPOCH : decode(cursor);
        Instant since = from.minus(SYNC_OVERLAP);
        List<TaskView> changedTasks = tasks.changedSince(caller, participantId, since);
        List<AppointmentView> changedAppointments = appointments.changedSince(caller, participantId, since);
        // The next cursor is the newest change seen, not the clock: asking again with nothing new
        // gives the same answer, so the phone gets 304 Not Modified.
        Instant newest = from;
        for (TaskView task : changedTasks) {
            newest = task.updatedAt().isAfter(newest) ? task.updatedAt() : newest;
        }
        for (AppointmentView appointment : changedAppointments) {
            newest = appointment.updatedAt().isAfter(newest) ? appointment.updatedAt() : newest;
        }
        // Crisis contacts travel whole and do not move the cursor: an unchanged list gives the same
        // body (and ETag), a changed one a new body even when nothing else changed.
        return new Changes(changedTasks, changedAppointments, crisisContacts.of(caller, participantId),
                encode(newest));
    }

    private static String encode(Instant instant) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("t:" + instant.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
    }

    private static Instant decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("t:")) {
                Instant instant = Instant.ofEpochMilli(Long.parseLong(text.substring(2)));
                // Only instants a cursor of ours can hold: outside what the database stores, the
                // comparison silently matches nothing and the phone would believe nothing changed.
                if (!instant.isBefore(Instant.EPOCH) && !instant.isAfter(LATEST_CURSOR)) {
                    return instant;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // answered below
        }
        throw DomainException.invalidField("since", "validation.cursor");
    }
}
