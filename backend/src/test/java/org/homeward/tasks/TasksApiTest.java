package org.homeward.tasks;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.common.Ids;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.aFreeTextTask;
import static org.homeward.support.Plans.aTemplateTask;
import static org.homeward.support.Plans.ids;
import static org.homeward.support.Plans.items;
import static org.homeward.support.Plans.taskPath;
import static org.homeward.support.Plans.tasksOf;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.homeward.support.ProblemAssert.fieldsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tasks on a participant's plan: assigned from templates or written in free text, read in the
 * reader's language, done, set aside, opened again, changed and removed; and who may do which.
 */
@MicronautTest(transactional = false)
class TasksApiTest {

    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");
    private static final String DOCTOR = "register-with-doctor";

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
    Messages messages;

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
        participant = people.aParticipant(organisation).speaking("ro").build();
        caseworker = people.aCaseworker(organisation).build();
        people.assign(caseworker, participant);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- templates and languages ---------------------------------------------------------------

    @Test
    void caseworkerAssignsATemplateTaskThatTheParticipantReadsInRomanian() {
        Map<String, Object> created = plans.task(caseworker, participant, aTemplateTask(DOCTOR).due(today().plusDays(3)));

        assertEquals("Register with a doctor", text(created).get("title"), "the caseworker reads English");
        assertEquals("PHYSICAL_HEALTH", created.get("domain"), "the template's domain");
        assertEquals("OPEN", created.get("status"));

        Map<String, Object> mine = onlyItem(api.get("/api/v1/me/tasks", tokenOf(participant)));
        assertEquals(created.get("id"), mine.get("id"));
        assertEquals(DOCTOR, mine.get("templateKey"));
        assertEquals(messages.get(Bundle.TASKS, ROMANIAN, "template." + DOCTOR + ".title"), text(mine).get("title"));
        assertEquals("ro", text(mine).get("language"));
        assertEquals(List.of(messages.get(Bundle.TASKS, ROMANIAN, "template." + DOCTOR + ".step1"),
                messages.get(Bundle.TASKS, ROMANIAN, "template." + DOCTOR + ".step2"),
                messages.get(Bundle.TASKS, ROMANIAN, "template." + DOCTOR + ".step3")), text(mine).get("steps"));
        assertEquals(messages.get(Bundle.TASKS, ROMANIAN, "template." + DOCTOR + ".bring"),
                text(mine).get("whatToBring"));
        assertEquals(false, mine.get("notYetTranslated"));
        assertNull(mine.get("original"), "a template is in every language; there is no original");
        assertEquals(today().plusDays(3).toString(), mine.get("dueDate"));
    }

    @Test
    void unknownTemplateIsRefusedNamingTemplateKey() {
        assertFieldProblem(api.post(tasksOf(participant), aTemplateTask("no-such-template").json(),
                tokenOf(caseworker)), "templateKey");
        assertEquals(0, database.count("tasks"));
    }

    @Test
    void templatePreviewShowsTheParticipantsLanguageBesideTheReadersOwn() {
        List<Map<String, Object>> templates = items(api.get("/api/v1/task-templates?language=ro", tokenOf(caseworker)));

        Map<String, Object> doctor = templates.stream().filter(t -> DOCTOR.equals(t.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + DOCTOR + " in " + templates));
        @SuppressWarnings("unchecked")
        Map<String, Object> preview = (Map<String, Object>) doctor.get("preview");
        assertEquals("ro", preview.get("language"));
        assertEquals(messages.get(Bundle.TASKS, ROMANIAN, "template." + DOCTOR + ".title"), preview.get("title"));
        assertEquals("Register with a doctor", text(doctor).get("title"));
        assertEquals("PHYSICAL_HEALTH", doctor.get("domain"));
    }

    @Test
    void templatePreviewInAnUnsupportedLanguageIsRefused() {
        assertFieldProblem(api.get("/api/v1/task-templates?language=xx", tokenOf(caseworker)), "language");
    }

    // --- the participant's own tasks ------------------------------------------------------------

    @Test
    void participantWritesATaskOfTheirOwn() {
        Map<String, Object> created = plans.ownTask(participant,
                aFreeTextTask("Sun la proprietar").in("HOUSING").steps("Găsesc numărul", "Sun dimineața"));

        assertEquals("Sun la proprietar", text(created).get("title"));
        assertEquals("ro", text(created).get("language"), "written in the author's language");
        assertEquals(false, created.get("notYetTranslated"));
        assertEquals(List.of("Găsesc numărul", "Sun dimineața"), text(created).get("steps"));
        assertEquals(List.of(created.get("id")), ids(items(api.get("/api/v1/me/tasks", tokenOf(participant)))));
        assertEquals(List.of(created.get("id")), ids(items(api.get(tasksOf(participant), tokenOf(caseworker)))),
                "the caseworker sees it too");
    }

    @Test
    void freeTextTaskNeedsATitleAndADomain() {
        Map<String, Object> problem = assertProblem(api.post("/api/v1/me/tasks", Map.of(), tokenOf(participant)), 400);

        assertTrue(fieldsOf(problem).containsAll(List.of("title", "domain")),
                () -> "title and domain: " + problem);
        assertEquals(0, database.count("tasks"));
    }

    @Test
    void completingATaskTwiceGivesTheSameAnswerAndLeavesOneDoneTask() {
        Map<String, Object> task = plans.task(caseworker, participant, aTemplateTask(DOCTOR));

        HttpResponse<Map<String, Object>> first = complete(participant, task);
        HttpResponse<Map<String, Object>> second = complete(participant, task);

        assertEquals(200, first.code(), () -> "first: " + first.getBody());
        assertEquals(200, second.code(), () -> "second: " + second.getBody());
        assertEquals("DONE", body(first).get("status"));
        assertEquals(body(first), body(second), "the same task, not touched again");
        List<Map<String, Object>> mine = items(api.get("/api/v1/me/tasks", tokenOf(participant)));
        assertEquals(1, mine.size());
        assertEquals("DONE", mine.get(0).get("status"));
        assertEquals(1, database.count("tasks"));
    }

    @Test
    void skippingATaskNeedsAReason() {
        Map<String, Object> task = plans.task(caseworker, participant, aTemplateTask(DOCTOR));
        String skip = "/api/v1/me/tasks/" + task.get("id") + "/skip";

        assertFieldProblem(api.post(skip, Map.of(), tokenOf(participant)), "reason");
        assertFieldProblem(api.post(skip, Map.of("reason", "   "), tokenOf(participant)), "reason");
        assertFieldProblem(api.post(skip, Map.of("reason", "x".repeat(501)), tokenOf(participant)), "reason");
        assertEquals("OPEN", body(api.get(taskPath(task), tokenOf(participant))).get("status"), "still open");

        HttpResponse<Map<String, Object>> skipped = api.post(skip, Map.of("reason", "  Sunt bolnav  "),
                tokenOf(participant));

        assertEquals(200, skipped.code(), () -> "skip: " + skipped.getBody());
        assertEquals("SKIPPED", body(skipped).get("status"));
        assertEquals("Sunt bolnav", body(skipped).get("skipReason"));
        assertEquals("Sunt bolnav", body(api.get(taskPath(task), tokenOf(caseworker))).get("skipReason"),
                "the caseworker sees why");
    }

    @Test
    void reopeningADoneTaskMakesItOpenAgain() {
        Map<String, Object> task = plans.task(caseworker, participant, aTemplateTask(DOCTOR));
        assertEquals(200, complete(participant, task).code());

        HttpResponse<Map<String, Object>> reopened = api.post("/api/v1/me/tasks/" + task.get("id") + "/reopen",
                Map.of(), tokenOf(participant));

        assertEquals(200, reopened.code(), () -> "reopen: " + reopened.getBody());
        assertEquals("OPEN", body(reopened).get("status"));
        assertEquals("OPEN", body(api.get(taskPath(task), tokenOf(caseworker))).get("status"));
    }

    @Test
    void reopeningASkippedTaskForgetsTheReason() {
        Map<String, Object> task = plans.task(caseworker, participant, aTemplateTask(DOCTOR));
        api.post("/api/v1/me/tasks/" + task.get("id") + "/skip", Map.of("reason", "Nu acum"), tokenOf(participant));

        Map<String, Object> reopened = body(api.post("/api/v1/me/tasks/" + task.get("id") + "/reopen", Map.of(),
                tokenOf(participant)));

        assertEquals("OPEN", reopened.get("status"));
        assertNull(reopened.get("skipReason"));
    }

    // --- changing and removing ------------------------------------------------------------------

    @Test
    void caseworkerChangesAFreeTextTask() {
        Map<String, Object> task = plans.task(caseworker, participant, aFreeTextTask("Call the landlord"));

        HttpResponse<Map<String, Object>> changed = api.put(taskPath(task), aFreeTextTask("Visit the landlord")
                .in("FINANCES").due(today().plusDays(2)).json(), tokenOf(caseworker));

        assertEquals(200, changed.code(), () -> "change: " + changed.getBody());
        Map<String, Object> seen = body(api.get(taskPath(task), tokenOf(caseworker)));
        assertEquals("Visit the landlord", text(seen).get("title"));
        assertEquals("FINANCES", seen.get("domain"));
        assertEquals(today().plusDays(2).toString(), seen.get("dueDate"));
    }

    @Test
    void participantCannotChangeATaskTheirCaseworkerWrote() {
        Map<String, Object> task = plans.task(caseworker, participant, aFreeTextTask("Call the landlord"));

        assertProblem(api.put(taskPath(task), aFreeTextTask("Something else").json(), tokenOf(participant)), 403);
        assertProblem(api.delete(taskPath(task), tokenOf(participant)), 403);
        assertEquals("Call the landlord", originalTitle(body(api.get(taskPath(task), tokenOf(caseworker)))));
    }

    @Test
    void deletedTaskLeavesEveryListButSyncReportsItDeleted() {
        Map<String, Object> kept = plans.task(caseworker, participant, aTemplateTask("job-centre"));
        Map<String, Object> task = plans.task(caseworker, participant, aTemplateTask(DOCTOR));

        HttpResponse<Map<String, Object>> deleted = api.delete(taskPath(task), tokenOf(caseworker));

        assertEquals(204, deleted.code(), () -> "delete: " + deleted.getBody());
        assertEquals(List.of(kept.get("id")), ids(items(api.get("/api/v1/me/tasks", tokenOf(participant)))));
        assertEquals(List.of(kept.get("id")), ids(items(api.get(tasksOf(participant), tokenOf(caseworker)))));
        assertProblem(api.get(taskPath(task), tokenOf(caseworker)), 404);
        assertProblem(complete(participant, task), 404);
        Map<String, Object> synced = items(api.get("/api/v1/me/sync", tokenOf(participant)), "tasks").stream()
                .filter(t -> task.get("id").equals(t.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("the deleted task is in sync"));
        assertEquals(true, synced.get("deleted"));
        assertEquals(2, database.count("tasks"), "kept as a row, marked deleted");
    }

    // --- free text in another language ------------------------------------------------------------

    @Test
    void freeTextTaskIsMarkedNotYetTranslatedUntilSomeoneTranslatesIt() {
        Map<String, Object> task = plans.task(caseworker, participant,
                aFreeTextTask("Call the landlord").steps("Find the number", "Call before noon")
                        .with("whatToBring", "Your tenancy letter"));

        Map<String, Object> before = onlyItem(api.get("/api/v1/me/tasks", tokenOf(participant)));
        assertEquals(true, before.get("notYetTranslated"));
        assertEquals("Call the landlord", text(before).get("title"), "the author's words until translated");
        assertEquals("en", original(before).get("language"));
        assertEquals("Call the landlord", original(before).get("title"));

        HttpResponse<Map<String, Object>> translated = api.post(taskPath(task) + "/translations",
                Map.of("language", "ro", "title", "Sunați proprietarul",
                        "steps", List.of("Găsiți numărul", "Sunați înainte de prânz")), tokenOf(caseworker));
        assertEquals(200, translated.code(), () -> "translate: " + translated.getBody());

        Map<String, Object> after = onlyItem(api.get("/api/v1/me/tasks", tokenOf(participant)));
        assertEquals(false, after.get("notYetTranslated"));
        assertEquals("ro", text(after).get("language"));
        assertEquals("Sunați proprietarul", text(after).get("title"));
        assertEquals(List.of("Găsiți numărul", "Sunați înainte de prânz"), text(after).get("steps"));
        assertEquals("Your tenancy letter", text(after).get("whatToBring"), "untranslated parts keep the original");
        assertEquals("Call the landlord", original(after).get("title"), "the original stays beside it");
        assertEquals("Call the landlord", text(body(api.get(taskPath(task), tokenOf(caseworker)))).get("title"),
                "the caseworker still reads their own words");
    }

    @Test
    void matchedMentorMayTranslateAFreeTextTask() {
        UserAccount mentor = people.aMentor(organisation).build();
        people.match(mentor, participant);
        Map<String, Object> task = plans.task(caseworker, participant, aFreeTextTask("Call the landlord"));

        HttpResponse<Map<String, Object>> translated = api.post(taskPath(task) + "/translations",
                Map.of("language", "ro", "title", "Sunați proprietarul"), tokenOf(mentor));

        assertEquals(200, translated.code(), () -> "translate: " + translated.getBody());
        Map<String, Object> mine = onlyItem(api.get("/api/v1/me/tasks", tokenOf(participant)));
        assertEquals("Sunați proprietarul", text(mine).get("title"));
        assertEquals(false, mine.get("notYetTranslated"));
        assertEquals("Call the landlord", original(mine).get("title"));
    }

    @Test
    void translationIntoAnUnsupportedLanguageOrOfATemplateIsRefused() {
        Map<String, Object> freeText = plans.task(caseworker, participant, aFreeTextTask("Call the landlord"));
        Map<String, Object> template = plans.task(caseworker, participant, aTemplateTask(DOCTOR));

        assertFieldProblem(api.post(taskPath(freeText) + "/translations",
                Map.of("language", "xx", "title", "?"), tokenOf(caseworker)), "language");
        assertFieldProblem(api.post(taskPath(freeText) + "/translations",
                Map.of("language", "ro"), tokenOf(caseworker)), "title");
        assertProblem(api.post(taskPath(template) + "/translations",
                Map.of("language", "ro", "title", "Altceva"), tokenOf(caseworker)), 400);
        assertEquals(0, database.count("task_translations"));
    }

    // --- who may do what -------------------------------------------------------------------------

    @Test
    void participantCannotSeeOrCompleteAnotherParticipantsTasks() {
        Map<String, Object> task = plans.task(caseworker, participant, aTemplateTask(DOCTOR));
        UserAccount other = people.aParticipant(organisation).build();

        assertHidden(api.get(tasksOf(participant), tokenOf(other)), other);
        assertHidden(api.get(taskPath(task), tokenOf(other)), other);
        assertHidden(complete(other, task), other);
        assertHidden(api.post(tasksOf(participant), aFreeTextTask("Mine now").json(), tokenOf(other)), other);
        assertEquals("OPEN", body(api.get(taskPath(task), tokenOf(participant))).get("status"));
        assertEquals(1, database.count("tasks"));
    }

    @Test
    void matchedMentorReadsTasksButCannotCreateCompleteOrChangeThem() {
        UserAccount mentor = people.aMentor(organisation).build();
        people.match(mentor, participant);
        Map<String, Object> task = plans.task(caseworker, participant, aFreeTextTask("Call the landlord"));
        String mentorToken = tokenOf(mentor);

        assertEquals(List.of(task.get("id")), ids(items(api.get(tasksOf(participant), mentorToken))));
        assertEquals(200, api.get(taskPath(task), mentorToken).code());

        assertProblem(api.post(tasksOf(participant), aFreeTextTask("From the mentor").json(), mentorToken), 403);
        assertProblem(api.post("/api/v1/me/tasks/" + task.get("id") + "/complete", Map.of(), mentorToken), 403);
        assertProblem(api.put(taskPath(task), aFreeTextTask("Changed by the mentor").json(), mentorToken), 403);
        assertProblem(api.delete(taskPath(task), mentorToken), 403);

        Map<String, Object> unchanged = body(api.get(taskPath(task), tokenOf(caseworker)));
        assertEquals("OPEN", unchanged.get("status"));
        assertEquals("Call the landlord", text(unchanged).get("title"));
        assertEquals(1, database.count("tasks"));
    }

    @Test
    void caseworkerOfAnotherOrganisationGetsNotFound() {
        Map<String, Object> task = plans.task(caseworker, participant, aTemplateTask(DOCTOR));
        Organisation elsewhere = people.anOrganisation();
        UserAccount stranger = people.aCaseworker(elsewhere).build();
        people.assign(stranger, people.aParticipant(elsewhere).build());

        assertHiddenEverywhere(stranger, task);
    }

    @Test
    void unassignedCaseworkerOfTheSameOrganisationGetsNotFound() {
        Map<String, Object> task = plans.task(caseworker, participant, aTemplateTask(DOCTOR));
        UserAccount colleague = people.aCaseworker(organisation).build();

        assertHiddenEverywhere(colleague, task);
    }

    // --- bad input ---------------------------------------------------------------------------------

    @Test
    void dueDateInThePastIsRefused() {
        clock.freeze();
        LocalDate yesterday = today().minusDays(1);

        assertFieldProblem(api.post(tasksOf(participant), aTemplateTask(DOCTOR).due(yesterday).json(),
                tokenOf(caseworker)), "dueDate");
        assertFieldProblem(api.post("/api/v1/me/tasks", aFreeTextTask("Late").due(yesterday).json(),
                tokenOf(participant)), "dueDate");
        assertEquals(0, database.count("tasks"));
        assertEquals(201, api.post(tasksOf(participant), aTemplateTask(DOCTOR).due(today()).json(),
                tokenOf(caseworker)).code(), "today is not in the past");
    }

    @Test
    void titleLongerThanTwoHundredCharactersIsRefused() {
        assertFieldProblem(api.post(tasksOf(participant), aFreeTextTask("x".repeat(201)).json(),
                tokenOf(caseworker)), "title");
        assertEquals(0, database.count("tasks"));

        assertEquals(201, api.post(tasksOf(participant), aFreeTextTask("x".repeat(200)).json(),
                tokenOf(caseworker)).code(), "two hundred fit");
    }

    @Test
    void tooManyOrOverlongStepsAreRefused() {
        assertFieldProblem(api.post(tasksOf(participant), aFreeTextTask("Steps")
                .with("steps", java.util.Collections.nCopies(11, "step")).json(), tokenOf(caseworker)), "steps");
        assertFieldProblem(api.post(tasksOf(participant), aFreeTextTask("Steps").steps("x".repeat(201)).json(),
                tokenOf(caseworker)), "steps");
        assertFieldProblem(api.post(tasksOf(participant), aFreeTextTask("Bring")
                .with("whatToBring", "x".repeat(501)).json(), tokenOf(caseworker)), "whatToBring");
        assertEquals(0, database.count("tasks"));
    }

    @Test
    void unknownDomainIsRefusedNamingDomain() {
        assertFieldProblem(api.post(tasksOf(participant), aFreeTextTask("Somewhere").in("GARDENING").json(),
                tokenOf(caseworker)), "domain");
        assertEquals(0, database.count("tasks"));
    }

    // --- idempotency --------------------------------------------------------------------------------

    @Test
    void theSameTaskSentTwiceAtOnceWithOneKeyIsCreatedOnce() throws Exception {
        String caseworkerToken = tokenOf(caseworker);
        String json = "{\"templateKey\":\"" + DOCTOR + "\",\"dueDate\":\"" + today().plusDays(1) + "\"}";
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            Callable<HttpResponse<Map<String, Object>>> send = () -> {
                MutableHttpRequest<String> request = HttpRequest.POST(tasksOf(participant), json)
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .header("Idempotency-Key", "same-key")
                        .bearerAuth(caseworkerToken);
                ready.countDown();
                go.await();
                return api.exchange(request);
            };
            Future<HttpResponse<Map<String, Object>>> one = threads.submit(send);
            Future<HttpResponse<Map<String, Object>>> two = threads.submit(send);
            assertTrue(ready.await(10, TimeUnit.SECONDS), "both threads are ready");
            go.countDown();
            List<HttpResponse<Map<String, Object>>> answers = List.of(one.get(30, TimeUnit.SECONDS),
                    two.get(30, TimeUnit.SECONDS));

            assertEquals(1, database.count("tasks"), "one task, whichever request ran");
            List<HttpResponse<Map<String, Object>>> ran = answers.stream()
                    .filter(a -> a.code() == 201 && !isReplay(a)).toList();
            assertEquals(1, ran.size(), () -> "exactly one request ran: " + describe(answers));
            HttpResponse<Map<String, Object>> other = answers.get(answers.get(0) == ran.get(0) ? 1 : 0);
            if (other.code() == 201) {
                assertTrue(isReplay(other), () -> "the other is a replay: " + describe(answers));
                assertEquals(body(ran.get(0)), body(other));
            } else {
                assertEquals("urn:homeward:problem:request-in-progress", assertProblem(other, 409).get("type"));
            }
            assertEquals(List.of(body(ran.get(0)).get("id")), ids(items(api.get(tasksOf(participant), caseworkerToken))));
        } finally {
            threads.shutdownNow();
        }
    }

    // --- helpers ------------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(participant.timeZone()));
    }

    private String tokenOf(UserAccount user) {
        return plans.tokenOf(user);
    }

    private HttpResponse<Map<String, Object>> complete(UserAccount who, Map<String, Object> task) {
        return api.post("/api/v1/me/tasks/" + task.get("id") + "/complete", Map.of(), tokenOf(who));
    }

    /** 404, the same problem as for a participant or task nobody has. */
    private void assertHidden(HttpResponse<Map<String, Object>> response, UserAccount caller) {
        Map<String, Object> problem = assertProblem(response, 404);
        assertEquals(assertProblem(api.get("/api/v1/tasks/" + Ids.newId(), tokenOf(caller)), 404), problem,
                "indistinguishable from a task that does not exist");
    }

    private void assertHiddenEverywhere(UserAccount caller, Map<String, Object> task) {
        String callerToken = tokenOf(caller);
        assertHidden(api.get(tasksOf(participant), callerToken), caller);
        assertHidden(api.get(taskPath(task), callerToken), caller);
        assertHidden(api.post(tasksOf(participant), aTemplateTask(DOCTOR).json(), callerToken), caller);
        assertHidden(api.put(taskPath(task), aTemplateTask(DOCTOR).in("HOUSING").json(), callerToken), caller);
        assertHidden(api.delete(taskPath(task), callerToken), caller);
        assertHidden(api.post(taskPath(task) + "/translations", Map.of("language", "ro", "title", "Alt"),
                callerToken), caller);
        Map<String, Object> unchanged = body(api.get(taskPath(task), tokenOf(caseworker)));
        assertEquals("PHYSICAL_HEALTH", unchanged.get("domain"));
        assertEquals(1, database.count("tasks"));
        assertEquals(0, database.count("task_translations"));
    }

    private static Map<String, Object> onlyItem(HttpResponse<Map<String, Object>> list) {
        List<Map<String, Object>> items = items(list);
        assertEquals(1, items.size(), () -> "one task: " + items);
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> text(Map<String, Object> task) {
        return (Map<String, Object>) task.get("text");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> original(Map<String, Object> task) {
        Map<String, Object> original = (Map<String, Object>) task.get("original");
        assertFalse(original == null, () -> "an original in " + task);
        return original;
    }

    private static String originalTitle(Map<String, Object> task) {
        return (String) original(task).get("title");
    }

    private static boolean isReplay(HttpResponse<?> response) {
        return "true".equals(response.getHeaders().get("Idempotent-Replayed"));
    }

    private static String describe(List<HttpResponse<Map<String, Object>>> answers) {
        return answers.stream().map(a -> a.code() + " replay=" + isReplay(a) + " " + a.getBody().orElse(null))
                .toList().toString();
    }
}
