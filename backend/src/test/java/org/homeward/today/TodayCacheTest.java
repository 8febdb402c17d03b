package org.homeward.today;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.support.ApiClient;
import org.homeward.support.ApiTestSupport;
import org.homeward.support.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.aFreeTextTask;
import static org.homeward.support.Plans.aTemplateTask;
import static org.homeward.support.Plans.anAppointment;
import static org.homeward.support.Plans.appointmentPath;
import static org.homeward.support.Plans.taskPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The participant's day is kept in memory between requests; every kind of write to their plan is
 * seen by the very next request all the same, because each one raises the plan version in its own
 * transaction.
 */
@MicronautTest(transactional = false)
class TodayCacheTest extends ApiTestSupport {

    private static final String TODAY = "/api/v1/me/today";

    @Inject
    UserAccountRepository users;

    Organisation organisation;
    UserAccount caseworker;
    UserAccount participant;
    LocalDate date;

    @BeforeEach
    void setUp() {
        organisation = people.anOrganisation();
        caseworker = people.aCaseworker(organisation).build();
        participant = people.aParticipant(organisation).livingIn("Europe/London").build();
        people.assign(caseworker, participant);
        clock.freezeAt(Instant.parse("2026-06-10T08:00:00Z"));
        date = LocalDate.parse("2026-06-10");
    }


    @Test
    void everyWriteToTheTasksIsInTheNextDay() {
        assertEquals(List.of(), taskTitles());
        Map<String, Object> task = plans.task(caseworker, participant, aFreeTextTask("Call the landlord").due(date));
        assertEquals(List.of("Call the landlord"), taskTitles());

        assertEquals(200, api.put(taskPath(task), Map.of("title", "Call the landlord again", "dueDate", date.toString()),
                plans.tokenOf(caseworker)).code());
        assertEquals(List.of("Call the landlord again"), taskTitles());

        assertEquals(200, api.post("/api/v1/me/tasks/" + task.get("id") + "/complete", Map.of(),
                plans.tokenOf(participant)).code());
        assertEquals(List.of(), taskTitles());

        Map<String, Object> other = plans.task(caseworker, participant, aTemplateTask("job-centre").due(date));
        assertEquals(1, taskTitles().size());
        assertEquals(204, api.delete(taskPath(other), plans.tokenOf(caseworker)).code());
        assertEquals(List.of(), taskTitles());
    }

    @Test
    void aTranslationAddedLaterIsInTheNextDay() {
        participant = people.aParticipant(organisation).speaking("ro").build();
        people.assign(caseworker, participant);
        Map<String, Object> task = plans.task(caseworker, participant, aFreeTextTask("Call the landlord").due(date));
        assertEquals(List.of("Call the landlord"), taskTitles());
        assertEquals(200, api.post(taskPath(task) + "/translations",
                Map.of("language", "ro", "title", "Sună proprietarul"), plans.tokenOf(caseworker)).code());
        assertEquals(List.of("Sună proprietarul"), taskTitles());
    }

    @Test
    void everyWriteToTheAppointmentsIsInTheNextDay() {
        assertEquals(0, counts().get("appointmentsToday"));
        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("MEDICAL", Instant.parse("2026-06-10T14:00:00Z")));
        assertEquals(1, counts().get("appointmentsToday"));
        assertEquals(200, api.delete(appointmentPath(appointment), plans.tokenOf(caseworker)).code());
        assertEquals(0, counts().get("appointmentsToday"));
    }

    @Test
    void aNewLanguageAndANewDayAreComputedAgain() {
        plans.task(caseworker, participant, aTemplateTask("job-centre").due(date.plusDays(1)));
        assertEquals(0, counts().get("tasksDueToday"));
        clock.advance(Duration.ofDays(1));
        assertEquals(1, counts().get("tasksDueToday"));

        String english = taskTitles().get(0);
        assertEquals(200, api.put("/api/v1/me/language", Map.of("language", "ro"), plans.tokenOf(participant)).code());
        assertTrue(!english.equals(taskTitles().get(0)), "the template is read in Romanian now");
    }

    @Test
    void parallelWritesForOneParticipantAllLandAndRaiseTheVersionOnceEach() throws Exception {
        long before = users.findPlanVersionById(participant.id()).orElseThrow();
        String token = plans.tokenOf(caseworker);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> writes = IntStream.range(0, 16).<Callable<Integer>>mapToObj(i -> () ->
                    api.post(Plans.tasksOf(participant), aFreeTextTask("Task " + i).due(date).json(),
                            token).code()).toList();
            for (Future<Integer> written : pool.invokeAll(writes)) {
                assertEquals(201, written.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 16, users.findPlanVersionById(participant.id()).orElseThrow());
        assertEquals(16, taskTitles().size());
    }

    @SuppressWarnings("unchecked")
    private List<String> taskTitles() {
        return ((List<Map<String, Object>>) today().get("tasks")).stream()
                .map(task -> (String) ((Map<String, Object>) task.get("text")).get("title")).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> counts() {
        return (Map<String, Integer>) today().get("counts");
    }

    private Map<String, Object> today() {
        HttpResponse<Map<String, Object>> response = api.get(TODAY, plans.tokenOf(participant));
        assertEquals(200, response.code(), () -> "today: " + response.getBody());
        return body(response);
    }
}
