package org.homeward.appointments;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.common.Ids;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.anAppointment;
import static org.homeward.support.Plans.appointmentPath;
import static org.homeward.support.Plans.appointmentsOf;
import static org.homeward.support.Plans.ids;
import static org.homeward.support.Plans.items;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.homeward.support.ProblemAssert.fieldsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Appointments: booked by an assigned caseworker with what the participant needs to get there,
 * answered by the participant, concluded with an outcome; attendance per kind; local times in the
 * participant's zone; and who may see how much.
 */
@MicronautTest(transactional = false)
class AppointmentsApiTest {

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
    UserAccount participant;
    UserAccount caseworker;

    @BeforeEach
    void setUp() {
        clock.reset();
        database.clean();
        api = new ApiClient(http);
        plans = new Plans(api);
        organisation = people.anOrganisation();
        participant = people.aParticipant(organisation).speaking("ro").livingIn(BUCHAREST).build();
        caseworker = people.aCaseworker(organisation).build();
        people.assign(caseworker, participant);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- booking and answering -----------------------------------------------------------------

    @Test
    void caseworkerBooksAnAppointmentAndThePhoneNumberIsStoredInE164() {
        Instant startsAt = inDays(3);

        Map<String, Object> booked = plans.appointment(caseworker, participant, anAppointment("MEDICAL", startsAt)
                .inZone(BUCHAREST).at("Health centre").phone("07700 900123")
                .with("interpreterLanguage", "ro").with("whatToBring", "Your ID").with("durationMinutes", 30));

        assertEquals("MEDICAL", booked.get("category"));
        assertEquals(startsAt.toString(), booked.get("startsAt"));
        assertEquals(BUCHAREST, booked.get("timeZone"));
        assertEquals("+447700900123", booked.get("contactPhone"));
        assertEquals("BOOKED", booked.get("status"));
        assertEquals(30, ((Number) booked.get("durationMinutes")).intValue());

        Map<String, Object> mine = onlyItem(api.get("/api/v1/me/appointments", tokenOf(participant)));
        assertEquals(booked, mine, "the participant reads what was stored");
        assertEquals("Health centre", mine.get("placeName"));
        assertEquals("ro", mine.get("interpreterLanguage"));
        assertEquals("Your ID", mine.get("whatToBring"));
    }

    @Test
    void withoutAZoneTheAppointmentIsInTheParticipantsZone() {
        Map<String, Object> booked = plans.appointment(caseworker, participant,
                anAppointment("PROBATION", inDays(2)));

        assertEquals(BUCHAREST, booked.get("timeZone"));
    }

    @Test
    void participantSaysTheyWillAttendAndTheCaseworkerSeesIt() {
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("PROBATION", inDays(2)));

        HttpResponse<Map<String, Object>> answered = respond(appointment, Map.of("response", "WILL_ATTEND"));

        assertEquals(200, answered.code(), () -> "respond: " + answered.getBody());
        assertEquals("WILL_ATTEND", body(answered).get("response"));
        Map<String, Object> seen = body(api.get(appointmentPath(appointment), tokenOf(caseworker)));
        assertEquals("WILL_ATTEND", seen.get("response"));
        assertNull(seen.get("responseReason"));
    }

    @Test
    void askingForAChangeNeedsAReason() {
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("PROBATION", inDays(2)));

        assertFieldProblem(respond(appointment, Map.of("response", "NEEDS_CHANGE")), "reason");
        assertFieldProblem(respond(appointment, Map.of("response", "NEEDS_CHANGE", "reason", "  ")), "reason");
        assertFieldProblem(respond(appointment, Map.of()), "response");
        assertNull(body(api.get(appointmentPath(appointment), tokenOf(caseworker))).get("response"),
                "nothing recorded");

        HttpResponse<Map<String, Object>> answered = respond(appointment,
                Map.of("response", "NEEDS_CHANGE", "reason", "Am o programare la spital"));

        assertEquals(200, answered.code(), () -> "respond: " + answered.getBody());
        Map<String, Object> seen = body(api.get(appointmentPath(appointment), tokenOf(caseworker)));
        assertEquals("NEEDS_CHANGE", seen.get("response"));
        assertEquals("Am o programare la spital", seen.get("responseReason"));
    }

    @Test
    void onlyTheParticipantAnswersAndOnlyACaseworkerBooks() {
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("PROBATION", inDays(2)));

        assertProblem(api.post("/api/v1/me/appointments/" + appointment.get("id") + "/response",
                Map.of("response", "WILL_ATTEND"), tokenOf(caseworker)), 403);
        assertProblem(api.post(appointmentsOf(participant), anAppointment("COURT", inDays(3)).json(),
                tokenOf(participant)), 403);
        assertEquals(1, database.count("appointments"));
    }

    // --- outcomes --------------------------------------------------------------------------------

    @Test
    void attendedCannotBeRecordedBeforeTheStart() {
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("MEDICAL", inDays(1)));

        assertFieldProblem(outcome(appointment, "ATTENDED"), "outcome");
        assertFieldProblem(outcome(appointment, "MISSED"), "outcome");
        assertEquals("BOOKED", body(api.get(appointmentPath(appointment), tokenOf(caseworker))).get("status"));
    }

    @Test
    void attendedAndMissedAreRecordedOnceTheStartHasPassed() {
        clock.freeze();
        Map<String, Object> kept = plans.appointment(caseworker, participant,
                anAppointment("MEDICAL", clock.instant().plus(Duration.ofHours(1))));
        Map<String, Object> missed = plans.appointment(caseworker, participant,
                anAppointment("PROBATION", clock.instant().plus(Duration.ofHours(2))));

        clock.advance(Duration.ofHours(3));

        assertEquals("FULFILLED", plans.outcome(caseworker, (String) kept.get("id"), "ATTENDED").get("status"));
        assertEquals("NOSHOW", plans.outcome(caseworker, (String) missed.get("id"), "MISSED").get("status"));
        assertEquals("NOSHOW", body(api.get(appointmentPath(missed), tokenOf(participant))).get("status"));
    }

    @Test
    void reschedulingBooksALinkedNewAppointment() {
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("HOUSING", inDays(2)).at("Housing office").phone("+44 7700 900123"));
        Instant newStart = inDays(5);

        HttpResponse<Map<String, Object>> rescheduled = outcome(appointment,
                Map.of("outcome", "RESCHEDULED", "newAppointment", Map.of("startsAt", newStart.toString())));

        assertEquals(200, rescheduled.code(), () -> "reschedule: " + rescheduled.getBody());
        Map<String, Object> old = body(rescheduled);
        assertEquals("CANCELLED", old.get("status"));
        String nextId = (String) old.get("rescheduledTo");
        assertNotNull(nextId, "linked to the new appointment");
        Map<String, Object> next = body(api.get("/api/v1/appointments/" + nextId, tokenOf(participant)));
        assertEquals("BOOKED", next.get("status"));
        assertEquals(newStart.toString(), next.get("startsAt"));
        assertEquals("HOUSING", next.get("category"), "what was not changed is kept");
        assertEquals("Housing office", next.get("placeName"));
        assertEquals("+447700900123", next.get("contactPhone"));
        assertEquals(2, database.count("appointments"));
    }

    @Test
    void reschedulingNeedsTheNewAppointment() {
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("HOUSING", inDays(2)));

        assertFieldProblem(outcome(appointment, "RESCHEDULED"), "newAppointment");
        assertEquals(1, database.count("appointments"));
    }

    @Test
    void aSecondOutcomeIsAConflict() {
        clock.freeze();
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("MEDICAL", clock.instant().plus(Duration.ofHours(1))));
        clock.advance(Duration.ofHours(2));
        plans.outcome(caseworker, (String) appointment.get("id"), "ATTENDED");

        assertProblem(outcome(appointment, "MISSED"), 409);
        assertProblem(outcome(appointment, "ATTENDED"), 409);
        assertEquals("FULFILLED", body(api.get(appointmentPath(appointment), tokenOf(caseworker))).get("status"));
    }

    @Test
    void attendanceShowsOneKindBeingMissedWhileAnotherIsKept() {
        clock.freeze();
        List<Map<String, Object>> medical = List.of(bookInHours("MEDICAL", 1), bookInHours("MEDICAL", 2));
        List<Map<String, Object>> probation = List.of(bookInHours("PROBATION", 3), bookInHours("PROBATION", 4));
        bookInHours("COURT", 48);
        clock.advance(Duration.ofHours(5));
        medical.forEach(a -> plans.outcome(caseworker, (String) a.get("id"), "ATTENDED"));
        probation.forEach(a -> plans.outcome(caseworker, (String) a.get("id"), "MISSED"));

        HttpResponse<Map<String, Object>> response = api.get("/api/v1/participants/" + participant.id()
                + "/attendance", tokenOf(caseworker));

        assertEquals(200, response.code(), () -> "attendance: " + response.getBody());
        Map<String, Object> attendance = body(response);
        assertEquals(true, attendance.get("missingOneKind"));
        assertEquals(90, ((Number) attendance.get("days")).intValue());
        assertEquals(Map.of("MEDICAL", List.of(2, 0), "PROBATION", List.of(0, 2)), keptAndMissed(attendance));
    }

    @Test
    void keepingEveryKindIsNotMarked() {
        clock.freeze();
        Map<String, Object> medical = bookInHours("MEDICAL", 1);
        Map<String, Object> probation = bookInHours("PROBATION", 2);
        clock.advance(Duration.ofHours(3));
        plans.outcome(caseworker, (String) medical.get("id"), "ATTENDED");
        plans.outcome(caseworker, (String) probation.get("id"), "ATTENDED");

        Map<String, Object> attendance = body(api.get("/api/v1/participants/" + participant.id() + "/attendance",
                tokenOf(caseworker)));

        assertEquals(false, attendance.get("missingOneKind"));
        assertEquals(Map.of("MEDICAL", List.of(1, 0), "PROBATION", List.of(1, 0)), keptAndMissed(attendance));
    }

    // --- time zones ------------------------------------------------------------------------------

    @Test
    void nineInTheMorningInBucharestIsNineEitherSideOfTheDaylightSavingChange() {
        clock.freezeAt(Instant.parse("2026-03-20T10:00:00Z"));
        // Romania moves from EET (UTC+2) to EEST (UTC+3) on 29 March 2026.
        plans.appointment(caseworker, participant, anAppointment("PROBATION",
                Instant.parse("2026-03-27T07:00:00Z")).inZone(BUCHAREST));
        plans.appointment(caseworker, participant, anAppointment("MEDICAL",
                Instant.parse("2026-03-30T06:00:00Z")).inZone(BUCHAREST));

        List<Map<String, Object>> mine = items(api.get("/api/v1/me/appointments", tokenOf(participant)));

        assertEquals(2, mine.size());
        assertEquals(LocalDateTime.parse("2026-03-27T09:00:00"), localStart(mine.get(0)));
        assertEquals(LocalDateTime.parse("2026-03-30T09:00:00"), localStart(mine.get(1)));
        mine.forEach(a -> assertEquals(BUCHAREST, a.get("timeZone")));
    }

    // --- who sees how much -------------------------------------------------------------------------

    @Test
    void matchedMentorSeesTimesButNoDetails() {
        UserAccount mentor = people.aMentor(organisation).build();
        people.match(mentor, participant);
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("ADDICTION_TREATMENT", inDays(2)).at("Recovery service").phone("07700 900123")
                        .with("whatToBring", "Your prescription"));

        Map<String, Object> seen = onlyItem(api.get(appointmentsOf(participant), tokenOf(mentor)));

        assertEquals(appointment.get("id"), seen.get("id"));
        assertEquals(appointment.get("startsAt"), seen.get("startsAt"));
        assertEquals(appointment.get("localStart"), seen.get("localStart"));
        assertNull(seen.get("placeName"));
        assertNull(seen.get("category"));
        assertNull(seen.get("contactPhone"));
        assertNull(seen.get("whatToBring"));
        assertEquals(seen, body(api.get(appointmentPath(appointment), tokenOf(mentor))), "the same for one");
    }

    @Test
    void mentorCannotSeeAttendanceNorBookNorRecordOutcomes() {
        UserAccount mentor = people.aMentor(organisation).build();
        people.match(mentor, participant);
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("MEDICAL", inDays(2)));
        String mentorToken = tokenOf(mentor);

        assertProblem(api.get("/api/v1/participants/" + participant.id() + "/attendance", mentorToken), 403);
        assertProblem(api.post(appointmentsOf(participant), anAppointment("MEDICAL", inDays(3)).json(),
                mentorToken), 403);
        assertProblem(api.post(appointmentPath(appointment) + "/outcome", Map.of("outcome", "CANCELLED"),
                mentorToken), 403);
        assertProblem(api.delete(appointmentPath(appointment), mentorToken), 403);
        assertEquals("BOOKED", body(api.get(appointmentPath(appointment), tokenOf(caseworker))).get("status"));
        assertEquals(1, database.count("appointments"));
    }

    @Test
    void caseworkersWhoDoNotLookAfterTheParticipantGetNotFound() {
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("MEDICAL", inDays(2)));
        Organisation elsewhere = people.anOrganisation();
        UserAccount stranger = people.aCaseworker(elsewhere).build();
        people.assign(stranger, people.aParticipant(elsewhere).build());
        UserAccount colleague = people.aCaseworker(organisation).build();

        for (UserAccount outsider : List.of(stranger, colleague)) {
            String token = tokenOf(outsider);
            Map<String, Object> unknown = assertProblem(api.get("/api/v1/appointments/" + Ids.newId(), token), 404);
            assertEquals(unknown, assertProblem(api.get(appointmentsOf(participant), token), 404));
            assertEquals(unknown, assertProblem(api.get(appointmentPath(appointment), token), 404));
            assertEquals(unknown, assertProblem(api.get("/api/v1/participants/" + participant.id() + "/attendance",
                    token), 404));
            assertEquals(unknown, assertProblem(api.post(appointmentsOf(participant),
                    anAppointment("MEDICAL", inDays(3)).json(), token), 404));
            assertEquals(unknown, assertProblem(api.delete(appointmentPath(appointment), token), 404));
        }
        assertEquals(1, database.count("appointments"));
        assertEquals("BOOKED", body(api.get(appointmentPath(appointment), tokenOf(caseworker))).get("status"));
    }

    @Test
    void participantCannotSeeAnotherParticipantsAppointments() {
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("MEDICAL", inDays(2)));
        UserAccount other = people.aParticipant(organisation).build();

        assertProblem(api.get(appointmentsOf(participant), tokenOf(other)), 404);
        assertProblem(api.get(appointmentPath(appointment), tokenOf(other)), 404);
        assertProblem(api.post("/api/v1/me/appointments/" + appointment.get("id") + "/response",
                Map.of("response", "WILL_ATTEND"), tokenOf(other)), 404);
        assertEquals(List.of(), items(api.get("/api/v1/me/appointments", tokenOf(other))));
    }

    @Test
    void cancellingKeepsTheAppointmentAsCancelled() {
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("MEDICAL", inDays(2)));

        HttpResponse<Map<String, Object>> cancelled = api.delete(appointmentPath(appointment), tokenOf(caseworker));

        assertEquals(200, cancelled.code(), () -> "cancel: " + cancelled.getBody());
        assertEquals("CANCELLED", body(cancelled).get("status"));
        assertEquals(List.of(appointment.get("id")),
                ids(items(api.get("/api/v1/me/appointments", tokenOf(participant)))), "still in the history");
        assertProblem(respond(appointment, Map.of("response", "WILL_ATTEND")), 409);
    }

    // --- bad input ---------------------------------------------------------------------------------

    @Test
    void unknownCategoryIsRefusedNamingCategory() {
        assertRefusedNaming("category", anAppointment("DENTIST", inDays(2)).json());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "123456", "call the front desk", "+44 7700 900123 0000000000"})
    void phoneNumberThatCannotBeDialledIsRefused(String phone) {
        assertRefusedNaming("contactPhone", anAppointment("MEDICAL", inDays(2)).phone(phone).json());
    }

    @Test
    void overlongPlaceNameIsRefused() {
        assertRefusedNaming("placeName", anAppointment("MEDICAL", inDays(2)).at("x".repeat(201)).json());
        assertEquals(201, api.post(appointmentsOf(participant),
                anAppointment("MEDICAL", inDays(2)).at("x".repeat(200)).json(), tokenOf(caseworker)).code(),
                "two hundred fit");
    }

    @Test
    void startInThePastOrAnUnknownZoneIsRefused() {
        assertRefusedNaming("startsAt", anAppointment("MEDICAL", Instant.now().minus(Duration.ofHours(1))).json());
        assertRefusedNaming("timeZone", anAppointment("MEDICAL", inDays(2)).inZone("Mars/Olympus").json());
        assertRefusedNaming("durationMinutes", anAppointment("MEDICAL", inDays(2)).with("durationMinutes", 1).json());
        assertRefusedNaming("category", Map.of("startsAt", inDays(2).toString()));
    }

    // --- helpers -------------------------------------------------------------------------------------

    private void assertRefusedNaming(String field, Map<String, Object> request) {
        long before = database.count("appointments");

        Map<String, Object> problem = assertFieldProblem(api.post(appointmentsOf(participant), request,
                tokenOf(caseworker)), field);

        assertTrue(fieldsOf(problem).contains(field));
        assertEquals(before, database.count("appointments"), "nothing written");
    }

    private Map<String, Object> bookInHours(String category, int hours) {
        return plans.appointment(caseworker, participant,
                anAppointment(category, clock.instant().plus(Duration.ofHours(hours))));
    }

    private Instant inDays(int days) {
        return clock.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
    }

    private String tokenOf(UserAccount user) {
        return plans.tokenOf(user);
    }

    private HttpResponse<Map<String, Object>> respond(Map<String, Object> appointment, Map<String, Object> answer) {
        return api.post("/api/v1/me/appointments/" + appointment.get("id") + "/response", answer,
                tokenOf(participant));
    }

    private HttpResponse<Map<String, Object>> outcome(Map<String, Object> appointment, String outcome) {
        return outcome(appointment, Map.of("outcome", outcome));
    }

    private HttpResponse<Map<String, Object>> outcome(Map<String, Object> appointment, Map<String, Object> request) {
        return api.post(appointmentPath(appointment) + "/outcome", request, tokenOf(caseworker));
    }

    private static Map<String, Object> onlyItem(HttpResponse<Map<String, Object>> list) {
        List<Map<String, Object>> items = items(list);
        assertEquals(1, items.size(), () -> "one appointment: " + items);
        return items.get(0);
    }

    private static LocalDateTime localStart(Map<String, Object> appointment) {
        return LocalDateTime.parse((String) appointment.get("localStart"));
    }

    /** Category to [kept, missed]. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Integer>> keptAndMissed(Map<String, Object> attendance) {
        return ((List<Map<String, Object>>) attendance.get("categories")).stream()
                .collect(java.util.stream.Collectors.toMap(c -> (String) c.get("category"),
                        c -> List.of(((Number) c.get("kept")).intValue(), ((Number) c.get("missed")).intValue())));
    }
}
