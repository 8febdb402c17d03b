package org.homeward.help;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.push.outbox.Notification;
import org.homeward.push.outbox.NotificationRepository;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.homeward.support.ApiClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A request nobody acknowledges in time goes to the backup caseworker, then to the on-call staff,
 * by push, and stays in front of everyone it reached; in time, it does not move. The escalation
 * lives in the database: two servers escalate once, and a server that was down catches up.
 */
@MicronautTest(transactional = false)
class HelpEscalationTest {

    private static final Instant NOW = Instant.parse("2026-11-16T10:00:00Z");

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
    HelpEscalation escalation;
    @Inject
    NotificationRepository notifications;

    ApiClient api;
    Plans plans;
    Organisation organisation;
    UserAccount participant;
    UserAccount caseworker;
    UserAccount backup;
    UserAccount onCall;

    @BeforeEach
    void setUp() {
        clock.freezeAt(NOW);
        database.clean();
        api = new ApiClient(http);
        plans = new Plans(api);
        organisation = people.anOrganisation();
        participant = people.aParticipant(organisation).called("Ana").build();
        caseworker = people.aCaseworker(organisation).called("Casey").build();
        backup = people.aCaseworker(organisation).called("Bo").build();
        onCall = people.aCaseworker(organisation).called("Olu").build();
        UserAccount admin = people.anAdmin(organisation).build();
        people.assign(caseworker, participant);
        assertEquals(200, api.put("/api/v1/organisation/help-settings", Map.of("backupCaseworkerId", backup.id(),
                "onCall", List.of(onCall.id())), plans.tokenOf(admin)).code());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void notAcknowledgedInTimeItGoesToTheBackupAndThenOnCall() {
        String id = raise("NOW");

        clock.advance(Duration.ofMinutes(14));
        assertEquals(0, escalation.escalateDue(), "within the 15 minutes for 'now'");

        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, escalation.escalateDue());
        assertEquals(1, level(id));
        assertEquals("help.escalated", kindsFor(backup).get(0));
        assertEquals(1, listFor(backup).size(), "the backup now sees it");
        assertEquals(0, listFor(onCall).size(), "on-call staff not yet");

        clock.advance(Duration.ofMinutes(16));
        assertEquals(1, escalation.escalateDue());
        assertEquals(2, level(id));
        assertEquals(List.of("help.escalated"), kindsFor(onCall));
        assertEquals(1, listFor(caseworker).size(), "still in front of everyone it reached");
        assertEquals(1, listFor(backup).size());
        assertEquals(1, listFor(onCall).size());

        clock.advance(Duration.ofHours(5));
        assertEquals(0, escalation.escalateDue(), "nobody above on-call");
    }

    @Test
    void acknowledgedInTimeItDoesNotEscalate() {
        String id = raise("NOW");
        clock.advance(Duration.ofMinutes(10));
        api.post("/api/v1/help-requests/" + id + "/acknowledge", Map.of(), plans.tokenOf(caseworker));

        clock.advance(Duration.ofHours(3));
        assertEquals(0, escalation.escalateDue());
        assertEquals(0, level(id));
        assertEquals(List.of(), kindsFor(backup));
    }

    @Test
    void eachUrgencyHasItsOwnResponseTime() {
        raise("TODAY");
        clock.advance(Duration.ofHours(3));
        assertEquals(0, escalation.escalateDue());
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        assertEquals(1, escalation.escalateDue());
    }

    @Test
    void twoServersEscalateARequestOnce() throws Exception {
        String id = raise("NOW");
        clock.advance(Duration.ofMinutes(16));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> runs = List.of(
                    CompletableFuture.supplyAsync(() -> escalateAfter(start), servers),
                    CompletableFuture.supplyAsync(() -> escalateAfter(start), servers));
            start.countDown();
            assertEquals(1, runs.stream().mapToInt(CompletableFuture::join).sum());
        } finally {
            servers.shutdownNow();
        }
        assertEquals(1, level(id));
        assertEquals(1, kindsFor(backup).size(), "the backup is told once");
    }

    @Test
    void aServerThatWasDownCatchesUpFromTheDatabase() {
        String id = raise("NOW");
        // Nothing runs for an hour (a restart, an outage); the state is all in the database.
        clock.advance(Duration.ofHours(1));

        assertEquals(1, escalation.escalateDue());
        assertEquals(1, level(id));
        clock.advance(Duration.ofMinutes(16));
        assertEquals(1, escalation.escalateDue());
        assertEquals(2, level(id));
    }

    @Test
    void withNobodyAssignedItGoesStraightToTheBackup() {
        UserAccount unassigned = people.aParticipant(organisation).build();
        String id = body(api.post("/api/v1/me/help-requests", Map.of(), plans.tokenOf(unassigned))).get("id").toString();

        assertEquals(1, escalation.escalateDue(), "due at once: nobody at the first level can answer");
        assertEquals(1, ((Number) body(api.get("/api/v1/help-requests/" + id, plans.tokenOf(backup)))
                .get("escalationLevel")).intValue());
    }

    @Test
    void anOrganisationWithoutOnCallStaffFallsBackToAllItsCaseworkers() {
        Organisation small = people.anOrganisation();
        UserAccount alone = people.aParticipant(small).build();
        UserAccount first = people.aCaseworker(small).build();
        UserAccount second = people.aCaseworker(small).build();
        String id = body(api.post("/api/v1/me/help-requests", Map.of(), plans.tokenOf(alone))).get("id").toString();

        assertEquals(1, escalation.escalateDue(), "nobody assigned, no backup: straight to the last level");

        assertEquals(List.of("help.escalated"), kindsFor(first));
        assertEquals(List.of("help.escalated"), kindsFor(second));
        assertEquals(2, ((Number) body(api.get("/api/v1/help-requests/" + id, plans.tokenOf(second)))
                .get("escalationLevel")).intValue());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String raise(String urgency) {
        return body(api.post("/api/v1/me/help-requests", Map.of("urgency", urgency), plans.tokenOf(participant)))
                .get("id").toString();
    }

    private int escalateAfter(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return escalation.escalateDue();
    }

    private int level(String id) {
        return ((Number) body(api.get("/api/v1/help-requests/" + id, plans.tokenOf(caseworker)))
                .get("escalationLevel")).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> listFor(UserAccount responder) {
        return (List<Map<String, Object>>) body(api.get("/api/v1/help-requests", plans.tokenOf(responder))).get("items");
    }

    private List<String> kindsFor(UserAccount person) {
        return notifications.findAll().stream().filter(n -> n.userId().equals(person.id()))
                .map(Notification::kind).toList();
    }
}
