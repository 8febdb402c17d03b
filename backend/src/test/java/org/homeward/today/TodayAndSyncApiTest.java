package org.homeward.today;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.support.ApiClient;
import org.homeward.support.People;
import org.homeward.support.Plans;
import org.homeward.support.TestClock;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.aFreeTextTask;
import static org.homeward.support.Plans.aTemplateTask;
import static org.homeward.support.Plans.anAppointment;
import static org.homeward.support.Plans.appointmentPath;
import static org.homeward.support.Plans.ids;
import static org.homeward.support.Plans.taskPath;
import static org.homeward.support.Plans.tasksOf;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The participant's day in one answer, in their time zone; the changes their phone syncs for its
 * offline copy; and ETags, so a phone polling on a thin data plan mostly hears "not modified".
 */
@MicronautTest(transactional = false)
class TodayAndSyncApiTest {

    private static final String TODAY = "/api/v1/me/today";
    private static final String SYNC = "/api/v1/me/sync";
    private static final String LONDON = "Europe/London";
    private static final String BUCHAREST = "Europe/Bucharest";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestDatabase database;

    @Inject
    People people;

    @Inject
    TestClock clock;

    ApiClient api;
    Plans plans;
    Organisation organisation;
    UserAccount caseworker;

    @BeforeEach
    void setUp() {
        clock.reset();
        database.clean();
        api = new ApiClient(http);
        plans = new Plans(api);
        organisation = people.anOrganisation();
        caseworker = people.aCaseworker(organisation).build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- today -----------------------------------------------------------------------------------

    @Test
    void todayHasOverdueAndDueTasksTodaysAppointmentsTheWeekAheadAndCounts() {
        UserAccount participant = aParticipantLivingIn(LONDON);
        clock.freezeAt(Instant.parse("2026-06-10T08:00:00Z"));
        LocalDate first = LocalDate.parse("2026-06-10");
        Map<String, Object> overdue = plans.task(caseworker, participant, aTemplateTask("job-centre").due(first));
        Map<String, Object> dueToday = plans.task(caseworker, participant,
                aTemplateTask("register-with-doctor").due(first.plusDays(2)));
        plans.task(caseworker, participant, aTemplateTask("write-cv").due(first.plusDays(5)));
        plans.task(caseworker, participant, aFreeTextTask("Some day"));
        Map<String, Object> done = plans.task(caseworker, participant, aFreeTextTask("Done").due(first.plusDays(2)));
        Map<String, Object> removed = plans.task(caseworker, participant, aFreeTextTask("Gone").due(first.plusDays(1)));
        assertEquals(200, api.post("/api/v1/me/tasks/" + done.get("id") + "/complete", Map.of(),
                plans.tokenOf(participant)).code());
        assertEquals(204, api.delete(taskPath(removed), plans.tokenOf(caseworker)).code());
        Map<String, Object> thisAfternoon = book(participant, "PROBATION", "2026-06-12T13:00:00Z");
        Map<String, Object> cancelled = book(participant, "MEDICAL", "2026-06-12T10:00:00Z");
        Map<String, Object> inTwoDays = book(participant, "HOUSING", "2026-06-14T13:00:00Z");
        book(participant, "COURT", "2026-06-24T09:00:00Z");
        book(participant, "BENEFITS", "2026-06-11T13:00:00Z");
        assertEquals(200, api.delete(appointmentPath(cancelled), plans.tokenOf(caseworker)).code());

        clock.advance(Duration.ofDays(2));
        Map<String, Object> today = today(participant);

        assertEquals("2026-06-12", today.get("date"));
        assertEquals(LONDON, today.get("timeZone"));
        assertEquals(List.of(overdue.get("id"), dueToday.get("id")), ids(list(today, "tasks")),
                "open tasks due by today, the oldest first");
        assertEquals(List.of(thisAfternoon.get("id")), ids(list(today, "appointmentsToday")),
                "the cancelled one is left out");
        assertEquals(List.of(inTwoDays.get("id")), ids(list(today, "appointmentsNext7Days")));
        assertEquals(Map.of("overdueTasks", 1, "tasksDueToday", 1, "appointmentsToday", 1), counts(today));
    }

    @Test
    void theWeekAheadIsTheSevenDaysAfterToday() {
        UserAccount participant = aParticipantLivingIn(LONDON);
        clock.freezeAt(Instant.parse("2026-06-10T08:00:00Z"));
        // London is on UTC+1 in June: 23:30 on 17 June, then midnight starting 18 June.
        Map<String, Object> lastEvening = book(participant, "MEDICAL", "2026-06-17T22:30:00Z");
        book(participant, "PROBATION", "2026-06-17T23:00:00Z");

        Map<String, Object> today = today(participant);

        assertEquals(List.of(lastEvening.get("id")), ids(list(today, "appointmentsNext7Days")));
    }

    @Test
    void aCancelledAppointmentIsNotInToday() {
        UserAccount participant = aParticipantLivingIn(LONDON);
        clock.freezeAt(Instant.parse("2026-06-10T08:00:00Z"));
        Map<String, Object> appointment = book(participant, "PROBATION", "2026-06-10T14:00:00Z");
        assertEquals(List.of(appointment.get("id")), ids(list(today(participant), "appointmentsToday")));

        assertEquals(200, api.delete(appointmentPath(appointment), plans.tokenOf(caseworker)).code());

        Map<String, Object> today = today(participant);
        assertEquals(List.of(), list(today, "appointmentsToday"));
        assertEquals(0, counts(today).get("appointmentsToday"));
    }

    @Test
    void todayIsTheParticipantsTodayInTheirTimeZone() {
        UserAccount participant = aParticipantLivingIn(BUCHAREST);
        clock.freezeAt(Instant.parse("2026-03-30T12:00:00Z"));
        Map<String, Object> lateLastNight = book(participant, "MEDICAL", "2026-03-30T20:00:00Z");
        Map<String, Object> justAfterMidnight = book(participant, "PROBATION", "2026-03-30T21:30:00Z");
        Map<String, Object> dueOnThirtieth = plans.task(caseworker, participant,
                aTemplateTask("job-centre").due(LocalDate.parse("2026-03-30")));
        Map<String, Object> dueOnThirtyFirst = plans.task(caseworker, participant,
                aTemplateTask("write-cv").due(LocalDate.parse("2026-03-31")));

        // 00:15 on 31 March in Bucharest (UTC+3), while it is still 30 March in UTC.
        clock.freezeAt(Instant.parse("2026-03-30T21:15:00Z"));
        Map<String, Object> today = today(participant);

        assertEquals("2026-03-31", today.get("date"));
        assertEquals(BUCHAREST, today.get("timeZone"));
        assertEquals(List.of(justAfterMidnight.get("id")), ids(list(today, "appointmentsToday")));
        assertFalse(ids(list(today, "appointmentsNext7Days")).contains(lateLastNight.get("id")),
                "23:00 on 30 March was yesterday");
        assertEquals(List.of(dueOnThirtieth.get("id"), dueOnThirtyFirst.get("id")), ids(list(today, "tasks")));
        assertEquals(Map.of("overdueTasks", 1, "tasksDueToday", 1, "appointmentsToday", 1), counts(today));
    }

    @Test
    void onlyTheParticipantAsksForTheirDay() {
        UserAccount participant = aParticipantLivingIn(LONDON);

        assertEquals(403, api.get(TODAY, plans.tokenOf(caseworker)).code());
        assertEquals(403, api.get(SYNC, plans.tokenOf(caseworker)).code());
        assertEquals(200, api.get(TODAY, plans.tokenOf(participant)).code());
    }

    // --- sync ------------------------------------------------------------------------------------

    @Test
    void syncWithoutACursorReturnsEverything() {
        UserAccount participant = aParticipantLivingIn(LONDON);
        Map<String, Object> task = plans.task(caseworker, participant, aTemplateTask("job-centre"));
        Map<String, Object> own = plans.ownTask(participant, aFreeTextTask("Buy a bus pass"));
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("MEDICAL", Instant.now().plus(Duration.ofDays(3))));

        Map<String, Object> changes = sync(participant, null);

        assertEquals(Set.of(task.get("id"), own.get("id")), Set.copyOf(ids(list(changes, "tasks"))));
        assertEquals(List.of(appointment.get("id")), ids(list(changes, "appointments")));
        assertNotNull(changes.get("nextCursor"));
    }

    @Test
    void syncWithTheCursorReturnsWhatChangedSinceAndDeletionsMarked() {
        UserAccount participant = aParticipantLivingIn(LONDON);
        clock.freeze();
        Map<String, Object> unchanged = plans.task(caseworker, participant, aTemplateTask("job-centre"));
        Map<String, Object> toComplete = plans.task(caseworker, participant, aTemplateTask("write-cv"));
        Map<String, Object> toDelete = plans.task(caseworker, participant, aFreeTextTask("Gone soon"));
        Map<String, Object> quietAppointment = bookInDays(participant, "COURT", 5);
        Map<String, Object> toCancel = bookInDays(participant, "MEDICAL", 3);
        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> newest = plans.task(caseworker, participant, aTemplateTask("library-card"));
        String cursor = (String) sync(participant, null).get("nextCursor");

        clock.advance(Duration.ofMinutes(1));
        api.post("/api/v1/me/tasks/" + toComplete.get("id") + "/complete", Map.of(), plans.tokenOf(participant));
        api.delete(taskPath(toDelete), plans.tokenOf(caseworker));
        api.delete(appointmentPath(toCancel), plans.tokenOf(caseworker));
        Map<String, Object> changes = sync(participant, cursor);

        // Sync asks again from a little before the cursor, so the newest item seen comes again.
        Map<Object, Map<String, Object>> tasks = byId(list(changes, "tasks"));
        assertEquals(Set.of(toComplete.get("id"), toDelete.get("id"), newest.get("id")), tasks.keySet(),
                () -> unchanged.get("id") + " did not change");
        assertEquals("DONE", tasks.get(toComplete.get("id")).get("status"));
        assertEquals(false, tasks.get(toComplete.get("id")).get("deleted"));
        assertEquals(true, tasks.get(toDelete.get("id")).get("deleted"));
        Map<Object, Map<String, Object>> appointments = byId(list(changes, "appointments"));
        assertEquals(Set.of(toCancel.get("id")), appointments.keySet(),
                () -> quietAppointment.get("id") + " did not change");
        assertEquals("CANCELLED", appointments.get(toCancel.get("id")).get("status"));
        assertEquals(false, appointments.get(toCancel.get("id")).get("deleted"), "cancelled, not removed");
        assertNotEquals(cursor, changes.get("nextCursor"));
    }

    @Test
    void twoWritesWithTheSameUpdatedAtAreBothDelivered() {
        UserAccount participant = aParticipantLivingIn(LONDON);
        clock.freeze();
        Map<String, Object> before = plans.task(caseworker, participant, aTemplateTask("job-centre"));
        String cursor = (String) sync(participant, null).get("nextCursor");

        // Written in the same instant as the first, after the phone synced it.
        Map<String, Object> after = plans.task(caseworker, participant, aTemplateTask("write-cv"));
        assertEquals(before.get("updatedAt"), after.get("updatedAt"));
        Map<String, Object> changes = sync(participant, cursor);

        assertTrue(ids(list(changes, "tasks")).contains(after.get("id")), () -> "the second write: " + changes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "t:abc", "x:5", "t:", "t:-9223372036854775808", "t:9223372036854775807",
            "t:-62135596800001", "t:253402300800000"})
    void syncWithACursorItDidNotGiveIsRefused(String text) {
        UserAccount participant = aParticipantLivingIn(LONDON);
        String cursor = text.startsWith("not") ? text
                : Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));

        assertFieldProblem(api.get(SYNC + "?since=" + cursor, plans.tokenOf(participant)), "since");
    }

    // --- ETags -----------------------------------------------------------------------------------

    @Test
    void todayIsNotModifiedUntilSomethingChanges() {
        UserAccount participant = aParticipantLivingIn(LONDON);
        clock.freezeAt(Instant.parse("2026-06-10T08:00:00Z"));
        LocalDate day = LocalDate.parse("2026-06-10");
        plans.task(caseworker, participant, aTemplateTask("job-centre").due(day));
        HttpResponse<Map<String, Object>> first = get(TODAY, participant, null);
        String etag = first.getHeaders().get(HttpHeaders.ETAG);
        assertEquals(200, first.code());
        assertNotNull(etag, "an ETag");

        HttpResponse<Map<String, Object>> again = get(TODAY, participant, etag);

        assertNotModified(again);

        Map<String, Object> added = plans.task(caseworker, participant, aTemplateTask("write-cv").due(day));
        HttpResponse<Map<String, Object>> changed = get(TODAY, participant, etag);

        assertEquals(200, changed.code(), "changed since the ETag");
        assertNotEquals(etag, changed.getHeaders().get(HttpHeaders.ETAG));
        assertTrue(ids(list(body(changed), "tasks")).contains(added.get("id")));
    }

    @Test
    void syncWithTheSameCursorTwiceIsNotModifiedTheSecondTime() {
        UserAccount participant = aParticipantLivingIn(LONDON);
        plans.task(caseworker, participant, aTemplateTask("job-centre"));
        String cursor = (String) sync(participant, null).get("nextCursor");
        String path = SYNC + "?since=" + cursor;

        HttpResponse<Map<String, Object>> first = get(path, participant, null);
        assertEquals(200, first.code());
        HttpResponse<Map<String, Object>> second = get(path, participant, first.getHeaders().get(HttpHeaders.ETAG));

        assertNotModified(second);
    }

    @Test
    void caseworkersListOfTasksCarriesAnETagToo() {
        UserAccount participant = aParticipantLivingIn(LONDON);
        plans.task(caseworker, participant, aTemplateTask("job-centre"));
        HttpResponse<Map<String, Object>> first = get(tasksOf(participant), caseworker, null);

        HttpResponse<Map<String, Object>> second = get(tasksOf(participant), caseworker,
                first.getHeaders().get(HttpHeaders.ETAG));

        assertNotModified(second);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private UserAccount aParticipantLivingIn(String zone) {
        UserAccount participant = people.aParticipant(organisation).livingIn(zone).build();
        people.assign(caseworker, participant);
        return participant;
    }

    private Map<String, Object> book(UserAccount participant, String category, String startsAt) {
        return plans.appointment(caseworker, participant, anAppointment(category, Instant.parse(startsAt)));
    }

    private Map<String, Object> bookInDays(UserAccount participant, String category, int days) {
        return plans.appointment(caseworker, participant,
                anAppointment(category, clock.instant().plus(Duration.ofDays(days))));
    }

    private Map<String, Object> today(UserAccount participant) {
        HttpResponse<Map<String, Object>> response = api.get(TODAY, plans.tokenOf(participant));
        assertEquals(200, response.code(), () -> "today: " + response.getBody());
        return body(response);
    }

    private Map<String, Object> sync(UserAccount participant, String cursor) {
        HttpResponse<Map<String, Object>> response = api.get(cursor == null ? SYNC : SYNC + "?since=" + cursor,
                plans.tokenOf(participant));
        assertEquals(200, response.code(), () -> "sync: " + response.getBody());
        return body(response);
    }

    private HttpResponse<Map<String, Object>> get(String path, UserAccount caller, String ifNoneMatch) {
        MutableHttpRequest<?> request = HttpRequest.GET(path).bearerAuth(plans.tokenOf(caller));
        if (ifNoneMatch != null) {
            request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return api.exchange(request);
    }

    private static void assertNotModified(HttpResponse<Map<String, Object>> response) {
        assertEquals(304, response.code());
        assertTrue(response.getBody().isEmpty(), () -> "no body: " + response.getBody());
        String length = response.getHeaders().get(HttpHeaders.CONTENT_LENGTH);
        assertTrue(length == null || length.equals("0"), () -> "Content-Length " + length);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String member) {
        List<Map<String, Object>> list = (List<Map<String, Object>>) body.get(member);
        assertNotNull(list, () -> member + " in " + body);
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> counts(Map<String, Object> today) {
        return ((Map<String, Object>) today.get("counts")).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).intValue()));
    }

    private static Map<Object, Map<String, Object>> byId(List<Map<String, Object>> items) {
        return items.stream().collect(Collectors.toMap(item -> item.get("id"), item -> item));
    }
}
