package org.homeward.goals;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.common.Ids;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.support.ApiClient;
import org.homeward.support.ApiTestSupport;
import org.homeward.support.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.aFreeTextTask;
import static org.homeward.support.Plans.items;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Goals by life domain: set by the participant or with their caseworker, rated over time by each of
 * them apart, read by a mentor when shared; who may do what, bad input, and the audit trail.
 */
@MicronautTest(transactional = false)
class GoalsApiTest extends ApiTestSupport {

    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

    @Inject
    Messages messages;

    Organisation organisation;
    UserAccount participant;
    UserAccount caseworker;
    UserAccount mentor;

    @BeforeEach
    void setUp() {
        organisation = people.anOrganisation();
        participant = people.aParticipant(organisation).speaking("ro").build();
        caseworker = people.aCaseworker(organisation).build();
        mentor = people.aMentor(organisation).build();
        people.assign(caseworker, participant);
        people.match(mentor, participant);
    }


    // --- setting goals -------------------------------------------------------------------------

    @Test
    void participantSetsAGoalInTheirOwnWordsWithAStartingPoint() {
        Map<String, Object> goal = created(api.post("/api/v1/me/goals", aGoal("HOUSING", "A room of my own")
                .with("baselineNote", "Sofa at a friend's").json(), tokenOf(participant)));

        assertEquals("HOUSING", goal.get("domain"));
        assertEquals("HOME", goal.get("icon"));
        assertEquals("A room of my own", goal.get("wording"));
        assertEquals("Sofa at a friend's", goal.get("baselineNote"));
        assertEquals(1, goal.get("baselineRating"));
        assertEquals("ACTIVE", goal.get("status"));
        assertEquals(List.of(), goal.get("ratings"));

        Map<String, Object> seenByCaseworker = body(api.get(goalPath(goal), tokenOf(caseworker)));
        assertEquals(goal.get("id"), seenByCaseworker.get("id"));
    }

    @Test
    void caseworkerSetsAGoalWithTheParticipantAndLinksTheirTasks() {
        Map<String, Object> task = plans.task(caseworker, participant, aFreeTextTask("Visit the housing office"));

        Map<String, Object> goal = created(api.post(goalsOf(participant), aGoal("HOUSING", "Safe place to live")
                .with("taskIds", List.of(task.get("id"))).json(), tokenOf(caseworker)));

        assertEquals(List.of(task.get("id")), goal.get("taskIds"));
        List<Map<String, Object>> mine = items(api.get("/api/v1/me/goals", tokenOf(participant)));
        assertEquals(List.of(goal.get("id")), mine.stream().map(item -> item.get("id")).toList());
    }

    @Test
    void goalsAreListedInTheOrderOfTheLifeDomains() {
        create(participant, aGoal("MENTAL_HEALTH", "Sleep better"));
        create(participant, aGoal("HOUSING", "A room of my own"));
        create(caseworker, aGoal("EMPLOYMENT", "Work in a kitchen"));

        List<Object> domains = items(api.get(goalsOf(participant), tokenOf(caseworker))).stream()
                .map(goal -> goal.get("domain")).toList();
        assertEquals(List.of("HOUSING", "EMPLOYMENT", "MENTAL_HEALTH"), domains);
    }

    @Test
    void goalChangesWordingBaselineStatusAndLinkedTasks() {
        Map<String, Object> first = plans.ownTask(participant, aFreeTextTask("Call the council"));
        Map<String, Object> second = plans.ownTask(participant, aFreeTextTask("Fill in the form"));
        Map<String, Object> goal = create(participant, aGoal("HOUSING", "A room").with("taskIds",
                List.of(first.get("id"))));

        Map<String, Object> changed = body(api.put(goalPath(goal), Map.of("wording", "A room near my work",
                "baselineRating", 2, "status", "PAUSED", "taskIds", List.of(second.get("id"))), tokenOf(caseworker)));

        assertEquals("A room near my work", changed.get("wording"));
        assertEquals(2, changed.get("baselineRating"));
        assertEquals("PAUSED", changed.get("status"));
        assertEquals(List.of(second.get("id")), changed.get("taskIds"));

        Map<String, Object> achieved = body(api.put(goalPath(goal), Map.of("status", "ACHIEVED", "taskIds", List.of()),
                tokenOf(participant)));
        assertEquals("ACHIEVED", achieved.get("status"));
        assertEquals("A room near my work", achieved.get("wording"), "a field left out keeps its value");
        assertEquals(List.of(), achieved.get("taskIds"));
    }

    @Test
    void onlyTheSameParticipantsTasksCanBeLinked() {
        UserAccount someoneElse = people.aParticipant(organisation).build();
        people.assign(caseworker, someoneElse);
        Map<String, Object> theirs = plans.task(caseworker, someoneElse, aFreeTextTask("Not yours"));

        assertFieldProblem(api.post(goalsOf(participant), aGoal("HOUSING", "A room")
                .with("taskIds", List.of(theirs.get("id"))).json(), tokenOf(caseworker)), "taskIds");
        assertFieldProblem(api.post(goalsOf(participant), aGoal("HOUSING", "A room")
                .with("taskIds", List.of(Ids.newId())).json(), tokenOf(caseworker)), "taskIds");
        assertEquals(0, database.count("goals"));

        Map<String, Object> goal = create(caseworker, aGoal("HOUSING", "A room"));
        assertFieldProblem(api.put(goalPath(goal), Map.of("taskIds", List.of(theirs.get("id"))),
                tokenOf(caseworker)), "taskIds");
        assertEquals(0, database.count("goal_tasks"));
    }

    @Test
    void aRemovedTaskDropsOutOfTheGoal() {
        Map<String, Object> task = plans.ownTask(participant, aFreeTextTask("Call the council"));
        Map<String, Object> goal = create(participant, aGoal("HOUSING", "A room").with("taskIds",
                List.of(task.get("id"))));

        assertEquals(204, api.delete("/api/v1/tasks/" + task.get("id"), tokenOf(participant)).code());

        assertEquals(List.of(), body(api.get(goalPath(goal), tokenOf(participant))).get("taskIds"));
    }

    // --- rating progress -------------------------------------------------------------------------

    @Test
    void participantAndCaseworkerRateProgressApartOnTheSameScale() {
        Map<String, Object> goal = create(participant, aGoal("HOUSING", "A room"));

        Map<String, Object> mine = created(api.post(ratingsOf(goal), Map.of("rating", 2, "comment", "Viewing on Friday"),
                tokenOf(participant)));
        Map<String, Object> theirs = created(api.post(ratingsOf(goal), Map.of("rating", 1), tokenOf(caseworker)));

        assertEquals("PARTICIPANT", mine.get("raterRole"));
        assertEquals("CASEWORKER", theirs.get("raterRole"));
        assertEquals(today().toString(), mine.get("ratedOn"), "today where the participant lives");
        List<Map<String, Object>> ratings = ratingsIn(body(api.get(goalPath(goal), tokenOf(mentor))));
        assertEquals(2, ratings.size());
        assertEquals(Map.of("PARTICIPANT", 2, "CASEWORKER", 1), Map.of(
                ratings.get(0).get("raterRole"), ratings.get(0).get("rating"),
                ratings.get(1).get("raterRole"), ratings.get(1).get("rating")));
    }

    @Test
    void aSecondRatingTheSameDayReplacesTheFirst() {
        Map<String, Object> goal = create(participant, aGoal("HOUSING", "A room"));
        created(api.post(ratingsOf(goal), Map.of("rating", 1, "comment", "Slow"), tokenOf(participant)));

        HttpResponse<Map<String, Object>> again = api.post(ratingsOf(goal), Map.of("rating", 3), tokenOf(participant));

        assertEquals(200, again.code(), () -> "replaced: " + again.getBody());
        assertEquals(3, body(again).get("rating"));
        assertNull(body(again).get("comment"));
        assertEquals(1, database.count("goal_ratings"));

        clock.freezeAt(clock.instant().plus(Duration.ofDays(1)));
        created(api.post(ratingsOf(goal), Map.of("rating", 4), tokenOf(participant)));
        List<Object> line = ratingsIn(body(api.get(goalPath(goal), tokenOf(participant)))).stream()
                .map(rating -> rating.get("rating")).toList();
        assertEquals(List.of(3, 4), line, "one point a day, oldest first");
    }

    @Test
    void aRatingForAnEarlierDayIsKeptButNotForADayToCome() {
        Map<String, Object> goal = create(participant, aGoal("HOUSING", "A room"));

        created(api.post(ratingsOf(goal), Map.of("rating", 1, "ratedOn", today().minusDays(7).toString()),
                tokenOf(caseworker)));
        assertFieldProblem(api.post(ratingsOf(goal), Map.of("rating", 1, "ratedOn", today().plusDays(1).toString()),
                tokenOf(caseworker)), "ratedOn");
        assertEquals(1, database.count("goal_ratings"));
    }

    // --- not now -------------------------------------------------------------------------------

    @Test
    void participantMarksDomainsNotNowAndTheirCaseworkerSeesThem() {
        Map<String, Object> first = body(api.put("/api/v1/me/domains-not-now",
                Map.of("domains", List.of("FAMILY", "EMPLOYMENT")), tokenOf(participant)));
        assertEquals(List.of("EMPLOYMENT", "FAMILY"), domainsIn(first));

        clock.freezeAt(clock.instant().plus(Duration.ofDays(2)));
        Map<String, Object> second = body(api.put("/api/v1/me/domains-not-now",
                Map.of("domains", List.of("FAMILY", "FINANCES")), tokenOf(participant)));
        assertEquals(List.of("FAMILY", "FINANCES"), domainsIn(second));
        assertEquals(sinceOf(first, "FAMILY"), sinceOf(second, "FAMILY"), "a domain kept keeps its day");

        assertEquals(List.of("FAMILY", "FINANCES"), domainsIn(body(api.get(
                "/api/v1/participants/" + participant.id() + "/domains-not-now", tokenOf(caseworker)))));
        assertEquals(List.of("FAMILY", "FINANCES"), domainsIn(body(api.get("/api/v1/me/domains-not-now",
                tokenOf(participant)))));
    }

    @Test
    void unknownDomainNotNowIsRefusedAndNothingStored() {
        Map<String, Object> problem = assertFieldProblem(api.put("/api/v1/me/domains-not-now",
                Map.of("domains", List.of("HOUSING", "LUCK")), tokenOf(participant)), "domains");
        assertEquals(messages.get(Bundle.API, ROMANIAN, "validation.unknownValue"), messageFor(problem, "domains"));
        assertFieldProblem(api.put("/api/v1/me/domains-not-now", Map.of(), tokenOf(participant)), "domains");
        assertEquals(0, database.count("domains_not_now"));
        assertProblem(api.put("/api/v1/me/domains-not-now", Map.of("domains", List.of()), tokenOf(caseworker)), 403);
    }

    // --- bad input -----------------------------------------------------------------------------

    @Test
    void ratingOutsideZeroToFourIsRefusedInTheReadersLanguageAndNothingStored() {
        Map<String, Object> goal = create(participant, aGoal("HOUSING", "A room"));
        String expected = messages.format(Bundle.API, ROMANIAN, "goal.ratingRange", Map.of("min", 0, "max", 4));

        for (int rating : new int[] {5, -1}) {
            Map<String, Object> problem = assertFieldProblem(api.post(ratingsOf(goal), Map.of("rating", rating),
                    tokenOf(participant)), "rating");
            assertEquals(expected, messageFor(problem, "rating"));
        }
        assertFieldProblem(api.post(ratingsOf(goal), Map.of(), tokenOf(participant)), "rating");
        assertFieldProblem(api.post(goalsOf(participant), aGoal("HOUSING", "A room").with("baselineRating", 5).json(),
                tokenOf(caseworker)), "baselineRating");
        assertFieldProblem(api.put(goalPath(goal), Map.of("baselineRating", -1), tokenOf(caseworker)),
                "baselineRating");
        assertEquals(0, database.count("goal_ratings"));
        assertEquals(1, body(api.get(goalPath(goal), tokenOf(participant))).get("baselineRating"));
    }

    @Test
    void unknownDomainIsRefusedNamingDomain() {
        Map<String, Object> problem = assertFieldProblem(api.post("/api/v1/me/goals",
                aGoal("LUCK", "Win").json(), tokenOf(participant)), "domain");
        assertEquals(messages.get(Bundle.API, ROMANIAN, "validation.unknownValue"), messageFor(problem, "domain"));
        assertFieldProblem(api.post("/api/v1/me/goals", aGoal("HOUSING", "A room").with("domain", null).json(),
                tokenOf(participant)), "domain");
        assertEquals(0, database.count("goals"));
    }

    @Test
    void overlongTextIsRefusedNamingTheFieldAndNothingStored() {
        String expected = messages.format(Bundle.API, ROMANIAN, "text.tooLong", Map.of("max", GoalLimits.WORDING_MAX));
        Map<String, Object> problem = assertFieldProblem(api.post("/api/v1/me/goals",
                aGoal("HOUSING", "x".repeat(GoalLimits.WORDING_MAX + 1)).json(), tokenOf(participant)), "wording");
        assertEquals(expected, messageFor(problem, "wording"));
        assertFieldProblem(api.post("/api/v1/me/goals", aGoal("HOUSING", "A room")
                .with("baselineNote", "x".repeat(GoalLimits.BASELINE_NOTE_MAX + 1)).json(), tokenOf(participant)),
                "baselineNote");
        assertFieldProblem(api.post("/api/v1/me/goals", aGoal("HOUSING", " ").json(), tokenOf(participant)),
                "wording");
        assertEquals(0, database.count("goals"));

        Map<String, Object> goal = create(participant, aGoal("HOUSING", "A room"));
        assertFieldProblem(api.post(ratingsOf(goal), Map.of("rating", 2, "comment",
                "x".repeat(GoalLimits.COMMENT_MAX + 1)), tokenOf(participant)), "comment");
        assertFieldProblem(api.put(goalPath(goal), Map.of("wording", "x".repeat(GoalLimits.WORDING_MAX + 1)),
                tokenOf(participant)), "wording");
        assertEquals(0, database.count("goal_ratings"));
        assertEquals("A room", body(api.get(goalPath(goal), tokenOf(participant))).get("wording"));
    }

    // --- who may do what -----------------------------------------------------------------------

    @Test
    void everyCallerGetsWhatTheirRelationAndTheParticipantsConsentAllow() {
        Organisation elsewhere = people.anOrganisation();
        UserAccount mentorWithoutConsent = people.aMentor(organisation).build();
        people.match(mentorWithoutConsent, participant);
        assertEquals(200, api.put("/api/v1/me/sharing/" + mentorWithoutConsent.id(), Map.of("tasks", true,
                "appointments", "TIMES", "goals", false, "checkInNotes", false, "helpRequests", false,
                "crisisContacts", true), tokenOf(participant)).code());
        Map<String, UserAccount> callers = new LinkedHashMap<>();
        callers.put("participant self", participant);
        callers.put("other participant", people.aParticipant(organisation).build());
        callers.put("matched mentor, goals shared", mentor);
        callers.put("matched mentor, goals not shared", mentorWithoutConsent);
        callers.put("unmatched mentor", people.aMentor(organisation).build());
        callers.put("assigned caseworker", caseworker);
        callers.put("other caseworker, same organisation", people.aCaseworker(organisation).build());
        callers.put("caseworker, other organisation", people.aCaseworker(elsewhere).build());
        callers.put("organisation admin", people.anAdmin(organisation).build());
        callers.put("anonymous", null);
        Map<String, Object> goal = create(participant, aGoal("HOUSING", "A room"));

        //                                      self other mentor+ mentor- unmatched cw  otherCw otherOrg admin anon
        expect(callers, "list goals", caller -> api.get(goalsOf(participant), caller),
                200, 404, 200, 403, 404, 200, 404, 404, 403, 401);
        expect(callers, "read a goal", caller -> api.get(goalPath(goal), caller),
                200, 404, 200, 403, 404, 200, 404, 404, 403, 401);
        expect(callers, "read not-now domains", caller -> api.get("/api/v1/participants/" + participant.id()
                        + "/domains-not-now", caller),
                200, 404, 200, 403, 404, 200, 404, 404, 403, 401);
        expect(callers, "set a goal", caller -> api.post(goalsOf(participant), aGoal("SOCIAL", "Friends").json(),
                        caller),
                201, 404, 403, 403, 404, 201, 404, 404, 403, 401);
        expect(callers, "change a goal", caller -> api.put(goalPath(goal), Map.of("status", "ACTIVE"), caller),
                200, 404, 403, 403, 404, 200, 404, 404, 403, 401);
        expect(callers, "rate a goal", caller -> api.post(ratingsOf(goal), Map.of("rating", 2), caller),
                201, 404, 403, 403, 404, 201, 404, 404, 403, 401);
        expect(callers, "my goals", caller -> api.get("/api/v1/me/goals", caller),
                200, 200, 403, 403, 403, 403, 403, 403, 403, 401);

        assertEquals(3, database.count("goals"), "the goal set up, and one each by the participant and caseworker");
        assertEquals(2, database.count("goal_ratings"));
    }

    @Test
    void readsByOthersAndEveryChangeAreAuditedButNotTheParticipantsOwnReads() {
        Map<String, Object> goal = create(participant, aGoal("HOUSING", "A room"));
        created(api.post(ratingsOf(goal), Map.of("rating", 1), tokenOf(participant)));
        body(api.get("/api/v1/me/goals", tokenOf(participant)));
        body(api.get(goalPath(goal), tokenOf(participant)));
        body(api.get("/api/v1/me/domains-not-now", tokenOf(participant)));
        assertEquals(0, database.count("access_log"), "the participant's own reads and writes are theirs");

        body(api.get(goalsOf(participant), tokenOf(caseworker)));
        assertEquals(1, database.count("access_log"));
        body(api.get(goalPath(goal), tokenOf(mentor)));
        assertEquals(2, database.count("access_log"));
        created(api.post(ratingsOf(goal), Map.of("rating", 2), tokenOf(caseworker)));
        assertEquals(3, database.count("access_log"));
        body(api.put(goalPath(goal), Map.of("status", "PAUSED"), tokenOf(caseworker)));
        assertEquals(4, database.count("access_log"));

        List<Map<String, Object>> log = items(api.get("/api/v1/me/access-log", tokenOf(participant)));
        assertTrue(log.stream().allMatch(entry -> "GOALS".equals(entry.get("dataKind"))), () -> "log: " + log);
        assertEquals(List.of("CHANGE", "CHANGE", "READ", "READ"), log.stream().map(entry -> (String) entry.get("action"))
                .sorted().toList(), () -> "log: " + log);
    }

    @Test
    void aRefusedChangeLeavesNoAuditRecord() {
        Map<String, Object> goal = create(participant, aGoal("HOUSING", "A room"));
        assertFieldProblem(api.post(ratingsOf(goal), Map.of("rating", 9), tokenOf(caseworker)), "rating");
        assertEquals(0, database.count("access_log"));
    }

    // --- helpers -------------------------------------------------------------------------------

    private void expect(Map<String, UserAccount> callers, String what,
                        Function<String, HttpResponse<Map<String, Object>>> call, int... statuses) {
        List<String> wrong = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, UserAccount> caller : callers.entrySet()) {
            int expected = statuses[i++];
            HttpResponse<Map<String, Object>> response = call.apply(caller.getValue() == null ? null
                    : tokenOf(caller.getValue()));
            if (response.code() != expected) {
                wrong.add(caller.getKey() + ": expected " + expected + ", got " + response.code());
            } else if (expected >= 400) {
                assertProblem(response, expected);
            }
        }
        assertTrue(wrong.isEmpty(), () -> what + ":\n  " + String.join("\n  ", wrong));
    }

    private static Plans.Body aGoal(String domain, String wording) {
        return new Plans.Body().with("domain", domain).with("wording", wording).with("baselineRating", 1);
    }

    private Map<String, Object> create(UserAccount author, Plans.Body goal) {
        String path = author.id().equals(participant.id()) ? "/api/v1/me/goals" : goalsOf(participant);
        return created(api.post(path, goal.json(), tokenOf(author)));
    }

    private static Map<String, Object> created(HttpResponse<Map<String, Object>> response) {
        assertEquals(201, response.code(), () -> "created: " + response.getBody());
        return body(response);
    }

    private String tokenOf(UserAccount user) {
        return plans.tokenOf(user);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(participant.timeZone()));
    }

    private static String goalsOf(UserAccount participant) {
        return "/api/v1/participants/" + participant.id() + "/goals";
    }

    private static String goalPath(Map<String, Object> goal) {
        return "/api/v1/goals/" + goal.get("id");
    }

    private static String ratingsOf(Map<String, Object> goal) {
        return goalPath(goal) + "/ratings";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> ratingsIn(Map<String, Object> goal) {
        return (List<Map<String, Object>>) goal.get("ratings");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> domainsIn(Map<String, Object> response) {
        return ((List<Map<String, Object>>) response.get("domains")).stream().map(entry -> entry.get("domain"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Object sinceOf(Map<String, Object> response, String domain) {
        return ((List<Map<String, Object>>) response.get("domains")).stream()
                .filter(entry -> domain.equals(entry.get("domain"))).findFirst().orElseThrow().get("since");
    }

    @SuppressWarnings("unchecked")
    private static String messageFor(Map<String, Object> problem, String field) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream()
                .filter(error -> field.equals(error.get("field"))).findFirst()
                .map(error -> (String) error.get("message")).orElseThrow();
    }
}
