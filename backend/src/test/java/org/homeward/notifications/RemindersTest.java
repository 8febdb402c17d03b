package org.homeward.notifications;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.push.Subject;
import org.homeward.push.outbox.Notification;
import org.homeward.push.outbox.NotificationRepository;
import org.homeward.push.outbox.OutboxEntry;
import org.homeward.push.outbox.OutboxEntryRepository;
import org.homeward.push.outbox.OutboxStatus;
import org.homeward.push.reminders.Reminder;
import org.homeward.push.reminders.ReminderQueue;
import org.homeward.push.reminders.ReminderStatus;
import org.homeward.push.reminders.Reminders;
import org.homeward.support.ApiClient;
import org.homeward.support.People;
import org.homeward.support.Plans;
import org.homeward.support.TestClock;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.aTemplateTask;
import static org.homeward.support.Plans.anAppointment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders: when they are due in the participant's own zone (daylight saving, quiet hours), how
 * they follow the appointment or task they are about, and how they reach the outbox ahead of time.
 */
@MicronautTest(transactional = false)
class RemindersTest {

    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    TestClock clock;
    @Inject
    Reminders reminders;
    @Inject
    ReminderQueue queue;
    @Inject
    NotificationRepository notifications;
    @Inject
    OutboxEntryRepository outbox;

    ApiClient api;
    Plans plans;
    UserAccount participant;
    UserAccount caseworker;

    @BeforeEach
    void setUp() {
        database.clean();
        api = new ApiClient(http);
        plans = new Plans(api);
        Organisation organisation = people.anOrganisation();
        participant = people.aParticipant(organisation).speaking("ro").livingIn(BUCHAREST.getId()).build();
        caseworker = people.aCaseworker(organisation).build();
        people.assign(caseworker, participant);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void remindersComeADayAndTwoHoursBeforeOnTheParticipantsClockAcrossADaylightSavingChange() {
        // Summer time ends in Romania on Sunday 25 October 2026 at 04:00 (back to 03:00).
        clock.freezeAt(local(2026, 10, 20, 12, 0));
        Map<String, Object> appointment = book(local(2026, 10, 25, 9, 0));

        assertEquals(List.of(local(2026, 10, 24, 9, 0), local(2026, 10, 25, 7, 0)), plannedFor(appointment));
        assertEquals(Duration.ofHours(25), Duration.between(local(2026, 10, 24, 9, 0), local(2026, 10, 25, 9, 0)),
                "a day before on the wall clock is 25 hours before, that night");
    }

    @Test
    void aReminderDueInQuietHoursWaitsUntilMorning() {
        clock.freezeAt(local(2026, 11, 10, 12, 0));
        Map<String, Object> appointment = book(local(2026, 11, 20, 8, 0));

        assertEquals(List.of(local(2026, 11, 19, 8, 0), local(2026, 11, 20, 7, 0)), plannedFor(appointment));
    }

    @Test
    void aReminderThatMorningWouldComeTooLateComesTheEveningBefore() {
        clock.freezeAt(local(2026, 11, 10, 12, 0));
        Map<String, Object> appointment = book(local(2026, 11, 20, 6, 30));

        assertEquals(List.of(local(2026, 11, 19, 7, 0), local(2026, 11, 19, 21, 59)),
                plannedFor(appointment));
    }

    @Test
    void theParticipantsOwnQuietHoursMoveRemindersAlreadyPlanned() {
        clock.freezeAt(local(2026, 11, 10, 12, 0));
        Map<String, Object> appointment = book(local(2026, 11, 20, 10, 0));
        assertEquals(List.of(local(2026, 11, 19, 10, 0), local(2026, 11, 20, 8, 0)), plannedFor(appointment));

        assertEquals(200, api.put("/api/v1/me/notification-preferences",
                Map.of("quietFrom", "21:00", "quietUntil", "09:00"), plans.tokenOf(participant)).code());

        assertEquals(List.of(local(2026, 11, 19, 10, 0), local(2026, 11, 20, 9, 0)), plannedFor(appointment));
    }

    @Test
    void reschedulingWithdrawsTheOldRemindersAndPlansTheNewOnes() {
        clock.freezeAt(local(2026, 11, 10, 12, 0));
        Map<String, Object> appointment = book(local(2026, 11, 20, 10, 0));

        var moved = api.post("/api/v1/appointments/" + appointment.get("id") + "/outcome",
                Map.of("outcome", "RESCHEDULED", "newAppointment", Map.of("startsAt", local(2026, 11, 24, 14, 0).toString())),
                plans.tokenOf(caseworker));
        assertEquals(200, moved.code(), () -> "reschedule: " + moved.getBody());

        assertEquals(List.of(), plannedFor(appointment));
        String newId = (String) body(moved).get("rescheduledTo");
        assertEquals(List.of(local(2026, 11, 23, 14, 0), local(2026, 11, 24, 12, 0)),
                plannedFor(Map.of("id", newId)));
    }

    @Test
    void remindersReachTheOutboxAheadOfTimeOnceAndAtTheirDueTime() {
        clock.freezeAt(local(2026, 11, 19, 9, 55));
        registerDevice("token-ana");
        Map<String, Object> appointment = book(local(2026, 11, 20, 10, 0));

        assertEquals(1, queue.queueDue(), "the reminder due at 10:00 today is within the look-ahead");
        assertEquals(0, queue.queueDue(), "and queued once only");

        List<Notification> reminded = notifications.findAll().stream()
                .filter(n -> n.kind().equals("appointment.reminder")).toList();
        assertEquals(1, reminded.size());
        assertEquals(local(2026, 11, 19, 10, 0).toEpochMilli(), reminded.get(0).dueAt());
        assertTrue(reminded.get(0).title().contains("mâine"), reminded.get(0).title());
        OutboxEntry entry = outbox.findByNotificationIdInList(List.of(reminded.get(0).id())).get(0);
        assertEquals(local(2026, 11, 19, 10, 0).toEpochMilli(), entry.dueAt(), "sent at its time, not before");
        assertEquals(List.of(ReminderStatus.QUEUED, ReminderStatus.PLANNED), statusesOf(appointment));
    }

    @Test
    void aCancelledAppointmentsQueuedReminderIsWithdrawnBeforeItIsDue() {
        clock.freezeAt(local(2026, 11, 19, 9, 55));
        registerDevice("token-ana");
        Map<String, Object> appointment = book(local(2026, 11, 20, 10, 0));
        queue.queueDue();

        assertEquals(200, api.delete("/api/v1/appointments/" + appointment.get("id"), plans.tokenOf(caseworker)).code());

        assertEquals(List.of(ReminderStatus.WITHDRAWN, ReminderStatus.WITHDRAWN), statusesOf(appointment));
        OutboxEntry reminderEntry = outbox.findAll().stream()
                .filter(e -> e.dueAt() == local(2026, 11, 19, 10, 0).toEpochMilli()).findFirst().orElseThrow();
        assertEquals(OutboxStatus.WITHDRAWN, reminderEntry.status());
    }

    @Test
    void aTaskIsRemindedOnTheMorningItIsDueUntilItIsDone() {
        clock.freezeAt(local(2026, 11, 10, 12, 0));
        Map<String, Object> task = plans.task(caseworker, participant,
                aTemplateTask("register-with-doctor").due(LocalDate.of(2026, 11, 12)));

        assertEquals(List.of(local(2026, 11, 12, 9, 0)), planned(new Subject(Subject.TASK, (String) task.get("id"))));

        assertEquals(200, api.post("/api/v1/me/tasks/" + task.get("id") + "/complete", Map.of(),
                plans.tokenOf(participant)).code());
        assertEquals(List.of(), planned(new Subject(Subject.TASK, (String) task.get("id"))));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BUCHAREST).toInstant();
    }

    private Map<String, Object> book(Instant startsAt) {
        return plans.appointment(caseworker, participant, anAppointment("HOUSING", startsAt).at("Housing office"));
    }

    private List<Instant> plannedFor(Map<String, Object> appointment) {
        return planned(new Subject(Subject.APPOINTMENT, (String) appointment.get("id")));
    }

    private List<Instant> planned(Subject subject) {
        return reminders.about(subject).stream().filter(r -> r.status() == ReminderStatus.PLANNED)
                .map(Reminder::due).toList();
    }

    private List<ReminderStatus> statusesOf(Map<String, Object> appointment) {
        return reminders.about(new Subject(Subject.APPOINTMENT, (String) appointment.get("id"))).stream()
                .map(Reminder::status).toList();
    }

    private void registerDevice(String token) {
        assertEquals(201, api.post("/api/v1/me/devices", Map.of("token", token, "platform", "ANDROID"),
                plans.tokenOf(participant)).code());
    }
}
