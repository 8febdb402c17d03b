package org.homeward.checkins;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.push.Subject;
import org.homeward.push.outbox.Notification;
import org.homeward.push.outbox.NotificationRepository;
import org.homeward.push.reminders.Reminder;
import org.homeward.push.reminders.ReminderStatus;
import org.homeward.push.reminders.Reminders;
import org.homeward.support.ApiClient;
import org.homeward.support.ApiTestSupport;
import org.homeward.support.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.items;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Check-ins end to end: a matched mentor logs them, raises concerns and plans the next meeting;
 * caseworkers see the facts and, by consent, the shared notes; the participant records their own;
 * nobody else sees any of it; bad input stores nothing.
 */
@MicronautTest(transactional = false)
class CheckInsApiTest extends ApiTestSupport {

    private static final String MINE = "/api/v1/me/check-ins";
    private static final String CONCERNS = "/api/v1/concerns";

    @Inject
    Messages messages;
    @Inject
    NotificationRepository notifications;
    @Inject
    Reminders reminders;
    @Inject
    CheckInService checkIns;
    @Inject
    ConcernService concerns;
    @Inject
    CheckInSettings settings;

    Organisation organisation;
    UserAccount ana;
    UserAccount omar;
    UserAccount maya;
    UserAccount sam;
    UserAccount casey;
    UserAccount chris;
    UserAccount otherCaseworker;
    UserAccount stranger;
    UserAccount admin;

    @BeforeEach
    void setUp() {
        organisation = people.anOrganisation();
        ana = people.aParticipant(organisation).called("Ana").speaking("ro").build();
        omar = people.aParticipant(organisation).called("Omar").build();
        maya = people.aMentor(organisation).called("Maya").speaking("de").build();
        sam = people.aMentor(organisation).called("Sam").build();
        casey = people.aCaseworker(organisation).called("Casey").build();
        chris = people.aCaseworker(organisation).called("Chris").build();
        otherCaseworker = people.aCaseworker(organisation).called("Olive").build();
        admin = people.anAdmin(organisation).build();
        Organisation elsewhere = people.anOrganisation();
        stranger = people.aCaseworker(elsewhere).build();
        people.assign(casey, ana);
        people.assign(chris, ana);
        people.assign(otherCaseworker, omar);
        people.match(maya, ana);
        people.match(sam, omar);
    }

    // --- logging --------------------------------------------------------------------------------

    @Test
    void aMatchedMentorLogsACheckInAndReadsItBackWithTheirNote() {
        Map<String, Object> logged = logAs(maya, aCheckIn().with("note", "Talked about the flat").json());

        @SuppressWarnings("unchecked")
        Map<String, Object> checkIn = (Map<String, Object>) logged.get("checkIn");
        assertEquals(4, ((Number) checkIn.get("mood")).intValue());
        assertEquals(List.of("HOUSING", "EMPLOYMENT"), checkIn.get("domains"));
        assertEquals("PARTLY", checkIn.get("inControl"));
        assertEquals("PHONE", checkIn.get("mode"));
        assertEquals("Talked about the flat", checkIn.get("note"));
        assertNull(logged.get("concern"));

        List<Map<String, Object>> read = items(api.get(checkInsOf(ana), plans.tokenOf(maya)));
        assertEquals(1, read.size());
        assertEquals("Talked about the flat", read.get(0).get("note"));
        assertEquals("Maya", read.get(0).get("authorName"));
    }

    @Test
    void onlyTheMatchedMentorLogsCheckIns() {
        Map<String, Object> body = aCheckIn().json();
        assertProblem(api.post(checkInsOf(ana), body, plans.tokenOf(ana)), 403);
        assertProblem(api.post(checkInsOf(ana), body, plans.tokenOf(omar)), 404);
        assertProblem(api.post(checkInsOf(ana), body, plans.tokenOf(sam)), 404);
        assertProblem(api.post(checkInsOf(ana), body, plans.tokenOf(casey)), 403);
        assertProblem(api.post(checkInsOf(ana), body, plans.tokenOf(otherCaseworker)), 404);
        assertProblem(api.post(checkInsOf(ana), body, plans.tokenOf(stranger)), 404);
        assertProblem(api.post(checkInsOf(ana), body, plans.tokenOf(admin)), 403);
        assertEquals(401, api.post(checkInsOf(ana), body, null).code());
        assertEquals(0, database.count("check_ins"));
    }

    @Test
    void badInputIsRefusedInTheMentorsLanguageWithTheFieldAndNothingIsStored() {
        Map<String, Object> moodZero = assertFieldProblem(api.post(checkInsOf(ana),
                aCheckIn().with("mood", 0).json(), plans.tokenOf(maya)), "mood");
        assertEquals(german("checkIn.mood", Map.of("min", 1, "max", 5)), messageOf(moodZero, "mood"));
        assertFieldProblem(api.post(checkInsOf(ana), aCheckIn().with("mood", 6).json(), plans.tokenOf(maya)), "mood");
        Map<String, Object> domain = assertFieldProblem(api.post(checkInsOf(ana),
                aCheckIn().with("domains", List.of("HOUSING", "ASTROLOGY")).json(), plans.tokenOf(maya)), "domains");
        assertEquals(german("checkIn.domainUnknown", Map.of()), messageOf(domain, "domains"));
        Map<String, Object> note = assertFieldProblem(api.post(checkInsOf(ana),
                aCheckIn().with("note", "x".repeat(2001)).json(), plans.tokenOf(maya)), "note");
        assertEquals(german("text.tooLong", Map.of("max", 2000)), messageOf(note, "note"));
        assertFieldProblem(api.post(checkInsOf(ana), aCheckIn().with("durationMinutes", 601).json(),
                plans.tokenOf(maya)), "durationMinutes");
        assertFieldProblem(api.post(checkInsOf(ana), aCheckIn().with("concern", Map.of("details", "?")).json(),
                plans.tokenOf(maya)), "concern.kind");
        assertFieldProblem(api.post(checkInsOf(ana), aCheckIn().with("nextMeeting",
                Map.of("startsAt", Instant.now().minus(Duration.ofDays(1)).toString(), "mode", "PHONE")).json(),
                plans.tokenOf(maya)), "nextMeeting.startsAt");
        assertFieldProblem(api.post(checkInsOf(ana), aCheckIn().with("inControl", "MAYBE").json(),
                plans.tokenOf(maya)), "inControl");

        assertEquals(0, database.count("check_ins"));
        assertEquals(0, database.count("concerns"));
        assertEquals(0, database.count("appointments"));
        assertEquals(0, database.count("notifications"));
    }

    // --- reading and consent ----------------------------------------------------------------------

    @Test
    void whoReadsAParticipantsCheckIns() {
        logAs(maya, aCheckIn().with("note", "private to Maya").json());
        logAs(sam, omar, aCheckIn().json());

        assertEquals(1, items(api.get(checkInsOf(ana), plans.tokenOf(ana))).size());
        assertProblem(api.get(checkInsOf(ana), plans.tokenOf(omar)), 404);
        assertEquals(1, items(api.get(checkInsOf(ana), plans.tokenOf(maya))).size());
        assertProblem(api.get(checkInsOf(ana), plans.tokenOf(sam)), 404);
        assertEquals(1, items(api.get(checkInsOf(ana), plans.tokenOf(casey))).size());
        assertProblem(api.get(checkInsOf(ana), plans.tokenOf(otherCaseworker)), 404);
        assertProblem(api.get(checkInsOf(ana), plans.tokenOf(stranger)), 404);
        assertProblem(api.get(checkInsOf(ana), plans.tokenOf(admin)), 403);
        assertEquals(401, api.get(checkInsOf(ana), null).code());
    }

    @Test
    void mentorsSeeOnlyTheCheckInsTheyLogged() {
        UserAccount lena = people.aMentor(organisation).build();
        people.match(lena, ana);
        logAs(maya, aCheckIn().json());
        logAs(lena, ana, aCheckIn().with("note", "Lena's").json());

        List<Map<String, Object>> mayaSees = items(api.get(checkInsOf(ana), plans.tokenOf(maya)));
        assertEquals(1, mayaSees.size());
        assertEquals(maya.id(), mayaSees.get(0).get("authorId"));
        assertEquals(2, items(api.get(checkInsOf(ana), plans.tokenOf(casey))).size());
    }

    @Test
    void theCaseworkerSeesASharedNoteOnlyWhileTheParticipantSharesCheckInNotes() {
        logAs(maya, aCheckIn().with("note", "Shared with the caseworker").with("shareNoteWithCaseworker", true).json());
        logAs(maya, aCheckIn().with("note", "Kept to myself").json());

        Set<Object> notes = notesSeenBy(casey);
        assertEquals(Set.of("Shared with the caseworker"), notes);

        assertEquals(200, api.put("/api/v1/me/sharing/" + casey.id(), Map.of("tasks", true, "appointments", "DETAILS",
                "goals", true, "checkInNotes", false, "helpRequests", true, "crisisContacts", true),
                plans.tokenOf(ana)).code());

        assertEquals(Set.of(), notesSeenBy(casey));
        assertEquals(2, items(api.get(checkInsOf(ana), plans.tokenOf(casey))).size(), "the facts stay visible");
        assertEquals(Set.of("Shared with the caseworker"), notesSeenBy(chris), "Chris still has consent");
    }

    @Test
    void theParticipantSeesTheFactsButNotTheMentorsNotes() {
        logAs(maya, aCheckIn().with("note", "Shared").with("shareNoteWithCaseworker", true).json());

        List<Map<String, Object>> mine = items(api.get(MINE, plans.tokenOf(ana)));
        assertEquals(1, mine.size());
        assertNull(mine.get(0).get("note"));
        assertEquals(4, ((Number) mine.get(0).get("mood")).intValue());
    }

    @Test
    void readsByOthersGoToTheAuditTrail() {
        logAs(maya, aCheckIn().json());
        api.get(checkInsOf(ana), plans.tokenOf(casey));

        List<Map<String, Object>> trail = items(api.get("/api/v1/me/access-log", plans.tokenOf(ana)));
        assertTrue(trail.stream().anyMatch(row -> casey.id().equals(row.get("actorId"))
                && "CHECK_INS".equals(row.get("dataKind")) && "READ".equals(row.get("action"))), trail.toString());
        assertTrue(trail.stream().anyMatch(row -> maya.id().equals(row.get("actorId"))
                && "CHECK_INS".equals(row.get("dataKind")) && "CHANGE".equals(row.get("action"))), trail.toString());
    }

    // --- self check-ins ---------------------------------------------------------------------------

    @Test
    void theParticipantRecordsTheirOwnCheckInAndKeepsTheirNote() {
        HttpResponse<Map<String, Object>> recorded = api.post(MINE, Map.of("mood", 2, "note", "Tired today"),
                plans.tokenOf(ana));

        assertEquals(201, recorded.code(), () -> "self: " + recorded.getBody());
        assertEquals(Boolean.TRUE, body(recorded).get("selfCheckIn"));
        List<Map<String, Object>> mine = items(api.get(MINE, plans.tokenOf(ana)));
        assertEquals("Tired today", mine.get(0).get("note"));
        assertEquals(1, items(api.get(checkInsOf(ana), plans.tokenOf(casey))).size());
        assertEquals(0, items(api.get(checkInsOf(ana), plans.tokenOf(maya))).size(), "mentors see their own only");
    }

    @Test
    void aSelfCheckInNeedsAMoodOnTheScaleAndAShortNote() {
        assertFieldProblem(api.post(MINE, Map.of("mood", 0), plans.tokenOf(ana)), "mood");
        assertFieldProblem(api.post(MINE, Map.of("mood", 6), plans.tokenOf(ana)), "mood");
        assertFieldProblem(api.post(MINE, Map.of("note", "hello"), plans.tokenOf(ana)), "mood");
        assertFieldProblem(api.post(MINE, Map.of("mood", 3, "note", "x".repeat(281)), plans.tokenOf(ana)), "note");
        assertProblem(api.post(MINE, Map.of("mood", 3), plans.tokenOf(maya)), 403);
        assertProblem(api.post(MINE, Map.of("mood", 3), plans.tokenOf(casey)), 403);
        assertEquals(401, api.post(MINE, Map.of("mood", 3), null).code());
        assertEquals(0, database.count("check_ins"));
    }

    // --- concerns ---------------------------------------------------------------------------------

    @Test
    void aConcernReachesEveryAssignedCaseworkerAtOnceAndStaysListedUntilAnswered() {
        Map<String, Object> logged = logAs(maya, aCheckIn().with("concern",
                Map.of("kind", "FORMER_EXPLOITER_CONTACT", "details", "Someone from before called her")).json());
        @SuppressWarnings("unchecked")
        String concernId = (String) ((Map<String, Object>) logged.get("concern")).get("id");

        for (UserAccount caseworker : List.of(casey, chris)) {
            List<Notification> told = notificationsOf(caseworker);
            assertEquals(1, told.size(), caseworker.displayName());
            assertEquals("concern.raised", told.get(0).kind());
            assertTrue(told.get(0).urgent());
            assertTrue(told.get(0).body().contains("Ana"), told.get(0).body());
        }
        assertTrue(notificationsOf(otherCaseworker).isEmpty());
        assertEquals(List.of(concernId), ids(items(api.get(CONCERNS + "?status=OPEN", plans.tokenOf(casey)))));
        assertEquals(List.of(concernId), ids(items(api.get(CONCERNS, plans.tokenOf(chris)))));
        assertEquals(List.of(), items(api.get(CONCERNS, plans.tokenOf(otherCaseworker))));
        assertEquals(List.of(concernId), ids(concerns.openConcernsFor(List.of(ana.id(), omar.id())).get(ana.id())
                .stream().map(c -> Map.<String, Object>of("id", c.id())).toList()));

        assertProblem(api.post(CONCERNS + "/" + concernId + "/response", Map.of("response", "On it"),
                plans.tokenOf(otherCaseworker)), 404);
        assertProblem(api.post(CONCERNS + "/" + concernId + "/response", Map.of("response", "On it"),
                plans.tokenOf(maya)), 403);
        assertFieldProblem(api.post(CONCERNS + "/" + concernId + "/response", Map.of("response", " "),
                plans.tokenOf(casey)), "response");
        HttpResponse<Map<String, Object>> answered = api.post(CONCERNS + "/" + concernId + "/response",
                Map.of("response", "Called Ana, she is safe; moved the meeting place"), plans.tokenOf(casey));
        assertEquals(200, answered.code(), () -> "respond: " + answered.getBody());
        assertEquals(Boolean.FALSE, body(answered).get("open"));
        assertEquals("Casey", body(answered).get("respondedByName"));

        assertEquals(List.of(), items(api.get(CONCERNS + "?status=OPEN", plans.tokenOf(chris))));
        assertEquals(1, items(api.get(CONCERNS + "?status=ALL", plans.tokenOf(chris))).size());
        assertProblem(api.post(CONCERNS + "/" + concernId + "/response", Map.of("response", "Me too"),
                plans.tokenOf(chris)), 409);
        assertTrue(concerns.openConcernsFor(List.of(ana.id())).isEmpty());
        assertFieldProblem(api.get(CONCERNS + "?status=SOON", plans.tokenOf(casey)), "status");
    }

    @Test
    void onlyAssignedCaseworkersReadAParticipantsConcerns() {
        logAs(maya, aCheckIn().with("concern", Map.of("kind", "SAFETY")).json());
        String path = "/api/v1/participants/" + ana.id() + "/concerns";

        assertEquals(1, items(api.get(path, plans.tokenOf(casey))).size());
        assertProblem(api.get(path, plans.tokenOf(otherCaseworker)), 404);
        assertProblem(api.get(path, plans.tokenOf(stranger)), 404);
        assertProblem(api.get(path, plans.tokenOf(maya)), 403);
        assertProblem(api.get(path, plans.tokenOf(sam)), 404);
        assertProblem(api.get(path, plans.tokenOf(ana)), 403);
        assertProblem(api.get(path, plans.tokenOf(admin)), 403);
        assertProblem(api.get(CONCERNS, plans.tokenOf(maya)), 403);
        assertProblem(api.get(CONCERNS, plans.tokenOf(ana)), 403);
    }

    // --- mentor meetings --------------------------------------------------------------------------

    @Test
    void aMentorMeetingIsInTheParticipantsDayAndBothAreReminded() {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<Map<String, Object>> booked = api.post(meetingsOf(ana),
                Map.of("startsAt", tomorrow.toString(), "mode", "IN_PERSON", "place", "Café on Bridge Street",
                        "durationMinutes", 45), plans.tokenOf(maya));
        assertEquals(201, booked.code(), () -> "book: " + booked.getBody());
        @SuppressWarnings("unchecked")
        Map<String, Object> appointment = (Map<String, Object>) body(booked).get("appointment");
        String meetingId = (String) appointment.get("id");
        assertEquals("MENTOR_MEETING", appointment.get("category"));

        Map<String, Object> today = body(api.get("/api/v1/me/today", plans.tokenOf(ana)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> next = (List<Map<String, Object>>) today.get("appointmentsNext7Days");
        assertTrue(next.stream().anyMatch(a -> meetingId.equals(a.get("id"))
                && "MENTOR_MEETING".equals(a.get("category"))), today.toString());
        Set<String> reminded = reminders.about(new Subject(Subject.APPOINTMENT, meetingId)).stream()
                .filter(r -> r.status() == ReminderStatus.PLANNED).map(Reminder::userId).collect(Collectors.toSet());
        assertEquals(Set.of(ana.id(), maya.id()), reminded);
        List<Map<String, Object>> mine = items(api.get(meetingsOf(ana), plans.tokenOf(maya)));
        assertEquals("IN_PERSON", mine.get(0).get("mode"));

        clock.freezeAt(tomorrow.plus(Duration.ofHours(1)));
        Map<String, Object> logged = logAs(maya, aCheckIn().with("meetingId", meetingId)
                .with("occurredAt", tomorrow.toString()).json());
        @SuppressWarnings("unchecked")
        Map<String, Object> checkIn = (Map<String, Object>) logged.get("checkIn");
        assertEquals(meetingId, checkIn.get("meetingId"));
        Map<String, Object> held = body(api.get("/api/v1/appointments/" + meetingId, plans.tokenOf(casey)));
        assertEquals("FULFILLED", held.get("status"));
        assertTrue(reminders.about(new Subject(Subject.APPOINTMENT, meetingId)).stream()
                .noneMatch(r -> r.status() == ReminderStatus.PLANNED), "no reminders after the meeting was held");
    }

    @Test
    void theMentorsRemindersFollowTheMeetingWhenTheCaseworkerMovesItAndTheMentorsOwnQuietHours() {
        // Fixed hours of the day, so no reminder falls in the default quiet hours whenever this runs.
        Instant morning = java.time.LocalDate.now(java.time.ZoneOffset.UTC).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
        clock.freezeAt(morning);
        Instant inThreeDays = morning.plus(Duration.ofDays(3)).plus(Duration.ofHours(5));
        HttpResponse<Map<String, Object>> booked = api.post(meetingsOf(ana),
                Map.of("startsAt", inThreeDays.toString(), "mode", "PHONE"), plans.tokenOf(maya));
        assertEquals(201, booked.code(), () -> "book: " + booked.getBody());
        @SuppressWarnings("unchecked")
        String meetingId = (String) ((Map<String, Object>) body(booked).get("appointment")).get("id");
        Instant later = inThreeDays.plus(Duration.ofDays(1));
        HttpResponse<Map<String, Object>> moved = api.put("/api/v1/appointments/" + meetingId,
                Map.of("category", "MENTOR_MEETING", "startsAt", later.toString()), plans.tokenOf(casey));
        assertEquals(200, moved.code(), () -> "move: " + moved.getBody());

        assertEquals(plannedFor(ana, meetingId), plannedFor(maya, meetingId), "the same times for both");
        assertEquals(later.minus(Duration.ofHours(2)), plannedFor(maya, meetingId).get(plannedFor(maya, meetingId).size() - 1));

        assertEquals(200, api.put("/api/v1/me/notification-preferences",
                Map.of("quietFrom", "06:00", "quietUntil", "05:00"), plans.tokenOf(maya)).code());
        assertTrue(!plannedFor(maya, meetingId).equals(plannedFor(ana, meetingId)), "replanned by Maya's own quiet hours");
    }

    @Test
    void aMentorSeesTheirOwnMeetingInFullAndOtherAppointmentsAsTimesOnly() {
        Instant inTwoDays = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        assertEquals(201, api.post(meetingsOf(ana), Map.of("startsAt", inTwoDays.toString(), "mode", "IN_PERSON",
                "place", "Café on Bridge Street"), plans.tokenOf(maya)).code());
        plans.appointment(casey, ana, Plans.anAppointment("MEDICAL", inTwoDays.plus(Duration.ofDays(1)))
                .at("Riverside surgery"));

        List<Map<String, Object>> seen = items(api.get("/api/v1/participants/" + ana.id() + "/appointments",
                plans.tokenOf(maya)));

        Map<String, Object> meeting = seen.stream().filter(a -> "MENTOR_MEETING".equals(a.get("category")))
                .findFirst().orElseThrow(() -> new AssertionError(seen.toString()));
        assertEquals("Café on Bridge Street", meeting.get("placeName"));
        assertTrue(seen.stream().noneMatch(a -> "Riverside surgery".equals(a.get("placeName"))), seen::toString);
    }

    private List<Instant> plannedFor(UserAccount person, String meetingId) {
        return reminders.about(new Subject(Subject.APPOINTMENT, meetingId)).stream()
                .filter(r -> r.status() == ReminderStatus.PLANNED && r.userId().equals(person.id()))
                .map(Reminder::due).sorted().toList();
    }

    @Test
    void theNextMeetingCanBePlannedWithTheCheckIn() {
        Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> logged = logAs(maya, aCheckIn().with("nextMeeting",
                Map.of("startsAt", nextWeek.toString(), "mode", "VIDEO")).json());

        assertNotNull(logged.get("nextMeeting"));
        List<Map<String, Object>> appointments = items(api.get("/api/v1/participants/" + ana.id() + "/appointments",
                plans.tokenOf(casey)));
        assertEquals(1, appointments.size());
        assertEquals("MENTOR_MEETING", appointments.get(0).get("category"));
        assertEquals(nextWeek.toString(), appointments.get(0).get("startsAt"));
    }

    @Test
    void onlyTheMatchedMentorBooksMentorMeetingsAndAMeetingIdMustBeOne() {
        Map<String, Object> meeting = Map.of("startsAt", Instant.now().plus(Duration.ofDays(2)).toString(),
                "mode", "PHONE");
        assertProblem(api.post(meetingsOf(ana), meeting, plans.tokenOf(casey)), 403);
        assertProblem(api.post(meetingsOf(ana), meeting, plans.tokenOf(sam)), 404);
        assertProblem(api.post(meetingsOf(ana), meeting, plans.tokenOf(ana)), 403);
        assertProblem(api.post(meetingsOf(ana), meeting, plans.tokenOf(admin)), 403);
        assertFieldProblem(api.post(meetingsOf(ana), Map.of("startsAt", Instant.now().plus(Duration.ofDays(2))
                .toString()), plans.tokenOf(maya)), "mode");
        assertFieldProblem(api.post(checkInsOf(ana), aCheckIn().with("meetingId", "no-such-meeting").json(),
                plans.tokenOf(maya)), "meetingId");
        assertEquals(0, database.count("appointments"));
        assertEquals(0, database.count("check_ins"));
    }

    // --- for the dashboard ------------------------------------------------------------------------

    @Test
    void theDashboardReadsLastCheckInDatesForManyParticipantsAtOnce() {
        Instant twentyDaysAgo = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        logAs(maya, aCheckIn().with("occurredAt", twentyDaysAgo.toString()).json());
        api.post(MINE, Map.of("mood", 5), plans.tokenOf(omar));

        Map<String, Instant> last = checkIns.lastCheckInDates(List.of(ana.id(), omar.id()));

        assertEquals(Map.of(ana.id(), twentyDaysAgo), last, "self check-ins are not mentor contact");
        assertEquals(14, settings.noContactDays());
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static Plans.Body aCheckIn() {
        return new Plans.Body().with("mode", "PHONE").with("durationMinutes", 30).with("mood", 4)
                .with("domains", List.of("HOUSING", "EMPLOYMENT")).with("inControl", "PARTLY");
    }

    private Map<String, Object> logAs(UserAccount mentor, Map<String, Object> checkIn) {
        return logAs(mentor, ana, checkIn);
    }

    private Map<String, Object> logAs(UserAccount mentor, UserAccount participant, Map<String, Object> checkIn) {
        HttpResponse<Map<String, Object>> response = api.post(checkInsOf(participant), checkIn, plans.tokenOf(mentor));
        assertEquals(201, response.code(), () -> "log: " + response.getBody());
        return body(response);
    }

    private Set<Object> notesSeenBy(UserAccount caseworker) {
        return items(api.get(checkInsOf(ana), plans.tokenOf(caseworker))).stream().map(c -> c.get("note"))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private List<Notification> notificationsOf(UserAccount person) {
        return notifications.findAll().stream().filter(n -> n.userId().equals(person.id())).toList();
    }

    private String german(String key, Map<String, Object> arguments) {
        return messages.format(Bundle.API, Locale.GERMAN, key, arguments);
    }

    @SuppressWarnings("unchecked")
    private static String messageOf(Map<String, Object> problem, String field) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream()
                .filter(error -> field.equals(error.get("field"))).map(error -> (String) error.get("message"))
                .findFirst().orElse(null);
    }

    private static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("id")).toList();
    }

    private static String checkInsOf(UserAccount participant) {
        return "/api/v1/participants/" + participant.id() + "/check-ins";
    }

    private static String meetingsOf(UserAccount participant) {
        return "/api/v1/participants/" + participant.id() + "/mentor-meetings";
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
