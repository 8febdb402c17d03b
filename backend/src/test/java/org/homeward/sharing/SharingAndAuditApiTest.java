package org.homeward.sharing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.support.ApiClient;
import org.homeward.support.ApiTestSupport;
import org.homeward.support.People;
import org.homeward.support.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.aFreeTextTask;
import static org.homeward.support.Plans.anAppointment;
import static org.homeward.support.Plans.items;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The participant decides what each person around them sees, and sees who looked: the choice
 * applies to the very next request, every change is kept, and every look by someone else is on
 * the trail the participant (and the organisation's admins) can read.
 */
@MicronautTest(transactional = false)
class SharingAndAuditApiTest extends ApiTestSupport {

    private static final String SHARING = "/api/v1/me/sharing";
    private static final String ACCESS_LOG = "/api/v1/me/access-log";

    Organisation organisation;
    UserAccount participant;
    UserAccount caseworker;
    UserAccount mentor;

    @BeforeEach
    void setUp() {
        organisation = people.anOrganisation();
        participant = people.aParticipant(organisation).called("Ana").build();
        caseworker = people.aCaseworker(organisation).called("Casey").build();
        mentor = people.aMentor(organisation).called("Maya").build();
        people.assign(caseworker, participant);
        people.match(mentor, participant);
    }

    @Test
    void theParticipantSeesTheDefaultsForEachPersonAroundThem() {
        List<Map<String, Object>> around = items(api.get(SHARING, plans.tokenOf(participant)));
        Map<String, Object> casey = personNamed(around, "Casey");
        Map<String, Object> maya = personNamed(around, "Maya");
        assertEquals(Map.of("tasks", true, "appointments", "DETAILS", "goals", true, "checkInNotes", true,
                "helpRequests", true, "crisisContacts", true), casey.get("sharing"));
        assertEquals(Map.of("tasks", true, "appointments", "TIMES", "goals", true, "checkInNotes", false,
                "helpRequests", false, "crisisContacts", true), maya.get("sharing"));
        assertNull(maya.get("changedAt"));
    }

    @Test
    void revokingTasksHidesThemFromTheMentorOnTheNextRequest() {
        plans.task(caseworker, participant, aFreeTextTask("Call the housing office"));
        String tasks = Plans.tasksOf(participant);
        assertEquals(1, items(api.get(tasks, plans.tokenOf(mentor))).size());

        share(mentor, Map.of("tasks", false));

        assertProblem(api.get(tasks, plans.tokenOf(mentor)), 403);
        assertEquals(1, items(api.get(tasks, plans.tokenOf(caseworker))).size());
        share(mentor, Map.of("tasks", true));
        assertEquals(1, items(api.get(tasks, plans.tokenOf(mentor))).size());
    }

    @Test
    void appointmentDetailsFollowTheChosenLevel() {
        plans.appointment(caseworker, participant,
                anAppointment("MEDICAL", clock.instant().plus(Duration.ofDays(2))).at("Riverside surgery"));
        String appointments = Plans.appointmentsOf(participant);
        assertNull(items(api.get(appointments, plans.tokenOf(mentor))).get(0).get("placeName"));

        share(mentor, Map.of("appointments", "DETAILS"));
        assertEquals("Riverside surgery", items(api.get(appointments, plans.tokenOf(mentor))).get(0).get("placeName"));

        share(mentor, Map.of("appointments", "NONE"));
        assertProblem(api.get(appointments, plans.tokenOf(mentor)), 403);
    }

    @Test
    void everyChangeIsKeptWithItsTime() {
        clock.freezeAt(Instant.now());
        share(mentor, Map.of("goals", false));
        clock.advance(Duration.ofMinutes(5));
        share(mentor, Map.of("goals", true, "crisisContacts", false));
        assertEquals(2, database.count("sharing_changes"));
        Map<String, Object> maya = personNamed(items(api.get(SHARING, plans.tokenOf(participant))), "Maya");
        assertNotNull(maya.get("changedAt"));
        assertEquals(false, ((Map<?, ?>) maya.get("sharing")).get("crisisContacts"));
    }

    @Test
    void caseworkersAlwaysSeeRequestsForHelp() {
        assertFieldProblem(api.put(SHARING + "/" + caseworker.id(), choices(Map.of("helpRequests", false)),
                plans.tokenOf(participant)), "helpRequests");
        assertEquals(0, database.count("sharing_choices"));
    }

    @Test
    void aChoiceLeftOutOrUnknownIsRefusedAndNothingIsStored() {
        Map<String, Object> partial = new HashMap<>(choices(Map.of()));
        partial.remove("goals");
        assertFieldProblem(api.put(SHARING + "/" + mentor.id(), partial, plans.tokenOf(participant)), "goals");
        Map<String, Object> unknown = new HashMap<>(choices(Map.of()));
        unknown.put("appointments", "SOMETIMES");
        assertProblem(api.put(SHARING + "/" + mentor.id(), unknown, plans.tokenOf(participant)), 400);
        assertEquals(0, database.count("sharing_choices"));
        assertEquals(0, database.count("sharing_changes"));
    }

    @Test
    void onlyTheParticipantChoosesAndOnlyForPeopleAroundThem() {
        UserAccount stranger = people.aMentor(organisation).build();
        assertProblem(api.put(SHARING + "/" + stranger.id(), choices(Map.of()), plans.tokenOf(participant)), 404);
        for (UserAccount staff : List.of(caseworker, mentor)) {
            assertProblem(api.get(SHARING, plans.tokenOf(staff)), 403);
            assertProblem(api.put(SHARING + "/" + mentor.id(), choices(Map.of()), plans.tokenOf(staff)), 403);
        }
        assertProblem(api.get(SHARING, null), 401);
    }

    @Test
    void looksByOthersAreOnTheParticipantsTrailAndTheirOwnAreNot() {
        plans.task(caseworker, participant, aFreeTextTask("Open a bank account"));
        api.get(Plans.tasksOf(participant), plans.tokenOf(mentor));
        api.get("/api/v1/me/tasks", plans.tokenOf(participant));
        api.get("/api/v1/me/today", plans.tokenOf(participant));

        List<Map<String, Object>> trail = items(api.get(ACCESS_LOG, plans.tokenOf(participant)));

        assertTrue(trail.stream().anyMatch(entry -> entry.get("actorName").equals("Maya")
                && entry.get("dataKind").equals("TASKS") && entry.get("action").equals("READ")), trail::toString);
        assertTrue(trail.stream().anyMatch(entry -> entry.get("actorName").equals("Casey")
                && entry.get("dataKind").equals("TASKS") && entry.get("action").equals("CHANGE")), trail::toString);
        assertTrue(trail.stream().noneMatch(entry -> entry.get("actorId").equals(participant.id())), trail::toString);
    }

    @Test
    void aReadThatWasRefusedLeavesNoTrail() {
        share(mentor, Map.of("tasks", false));
        long before = database.count("access_log");
        assertProblem(api.get(Plans.tasksOf(participant), plans.tokenOf(mentor)), 403);
        assertEquals(before, database.count("access_log"));
    }

    @Test
    void organisationAdminsSearchTheTrailOfTheirOrganisationOnly() {
        UserAccount admin = people.anAdmin(organisation).build();
        Organisation other = people.anOrganisation();
        UserAccount otherAdmin = people.anAdmin(other).build();
        api.get(Plans.tasksOf(participant), plans.tokenOf(mentor));
        api.get(Plans.tasksOf(participant), plans.tokenOf(caseworker));

        List<Map<String, Object>> byMaya = items(api.get("/api/v1/access-log?actorId=" + mentor.id(),
                plans.tokenOf(admin)));
        assertEquals(1, byMaya.size());
        assertEquals("Ana", byMaya.get(0).get("participantName"));
        assertEquals(2, items(api.get("/api/v1/access-log?participantId=" + participant.id() + "&kind=TASKS",
                plans.tokenOf(admin))).size());
        assertEquals(0, items(api.get("/api/v1/access-log", plans.tokenOf(otherAdmin))).size());
        assertProblem(api.get("/api/v1/access-log", plans.tokenOf(caseworker)), 403);
        assertProblem(api.get("/api/v1/access-log?kind=EVERYTHING", plans.tokenOf(admin)), 400);
        Instant now = clock.instant();
        assertFieldProblem(api.get("/api/v1/access-log?from=" + now + "&to=" + now.minusSeconds(60),
                plans.tokenOf(admin)), "from");
    }

    private void share(UserAccount person, Map<String, Object> changes) {
        Map<String, Object> current = personNamed(items(api.get(SHARING, plans.tokenOf(participant))),
                person.displayName());
        @SuppressWarnings("unchecked")
        Map<String, Object> next = new HashMap<>((Map<String, Object>) current.get("sharing"));
        next.putAll(changes);
        assertEquals(200, api.put(SHARING + "/" + person.id(), next, plans.tokenOf(participant)).code());
    }

    private static Map<String, Object> choices(Map<String, Object> changes) {
        Map<String, Object> all = new HashMap<>(Map.of("tasks", true, "appointments", "TIMES", "goals", true,
                "checkInNotes", false, "helpRequests", true, "crisisContacts", true));
        all.putAll(changes);
        return all;
    }

    private static Map<String, Object> personNamed(List<Map<String, Object>> around, String name) {
        return around.stream().filter(person -> name.equals(person.get("displayName"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + around));
    }
}
