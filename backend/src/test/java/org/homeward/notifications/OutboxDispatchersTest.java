package org.homeward.notifications;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.push.NotificationDraft;
import org.homeward.push.Subject;
import org.homeward.push.devices.Devices;
import org.homeward.push.devices.NewDevice;
import org.homeward.push.devices.Platform;
import org.homeward.push.fakefcm.FakeFcmServer;
import org.homeward.push.gateway.PushGateway;
import org.homeward.push.gateway.PushMessage;
import org.homeward.push.outbox.Dispatcher;
import org.homeward.push.outbox.Outbox;
import org.homeward.push.outbox.OutboxClaims;
import org.homeward.push.outbox.OutboxEntry;
import org.homeward.push.outbox.OutboxEntryRepository;
import org.homeward.push.outbox.OutboxStatus;
import org.homeward.support.FakeFcm;
import org.homeward.support.People;
import org.homeward.support.TestClock;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several dispatchers share one outbox on MariaDB without sending a message twice, and a dispatcher
 * that dies mid-batch loses nothing: its claim lapses and another sends the batch (at least once).
 * Real Firebase Admin SDK, fake FCM on 127.0.0.1.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxDispatchersTest implements TestPropertyProvider {

    private static final Instant NOW = Instant.parse("2026-11-16T10:00:00Z");
    private static final FakeFcmServer FCM = FakeFcm.SERVER;

    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    TestClock clock;
    @Inject
    Devices devices;
    @Inject
    Outbox outbox;
    @Inject
    OutboxEntryRepository entries;
    @Inject
    Dispatcher dispatcher;
    @Inject
    OutboxClaims claims;
    @Inject
    PushGateway gateway;
    @Inject
    TransactionOperations<Connection> transactions;

    Organisation organisation;

    @Override
    public Map<String, String> getProperties() {
        return FakeFcm.settings();
    }

    @BeforeEach
    void setUp() {
        clock.freezeAt(NOW);
        database.clean();
        FCM.reset();
        organisation = people.anOrganisation();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        FCM.recording(true);
    }

    @Test
    void twoDispatchersInParallelSendEachOfFiveThousandMessagesExactlyOnce() throws Exception {
        queue(50, 100);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return dispatcher.dispatchDue();
                }, threads));
            }
            start.countDown();
            int taken = runs.stream().mapToInt(CompletableFuture::join).sum();
            assertEquals(5000, taken, "between them the dispatchers took each message once");
            assertTrue(runs.stream().allMatch(run -> run.join() > 0), "both dispatchers took part");
        } finally {
            threads.shutdownNow();
        }

        Map<String, Long> timesReceived = FCM.sendRequests().stream()
                .collect(Collectors.groupingBy(request -> request.data().get("messageId") + "/" + request.token(),
                        Collectors.counting()));
        assertEquals(5000, timesReceived.size());
        assertTrue(timesReceived.values().stream().allMatch(count -> count == 1), "no message sent twice");
        assertTrue(entries.findAll().stream().allMatch(entry -> entry.status() == OutboxStatus.SENT));
    }

    @Test
    void aDispatcherThatDiesAfterSendingLosesNothingAndTheRetryKeepsItsMessageId() {
        queue(5, 20);
        assertThrows(ProcessDied.class, () -> claims.sendDue(50, batch -> {
            gateway.send(batch.stream().map(entry -> new PushMessage(entry.notificationId(), entry.token(),
                    entry.title(), entry.body(), Map.of("messageId", entry.notificationId()), entry.urgent())).toList());
            throw new ProcessDied();
        }));

        assertEquals(100, dispatcher.dispatchDue(), "the batch in flight is due again at once, with the rest");
        assertTrue(entries.findAll().stream().allMatch(entry -> entry.status() == OutboxStatus.SENT), "none lost");
        assertEquals(100, FCM.sendRequests().stream().map(r -> r.data().get("messageId") + r.token()).distinct().count());
        assertEquals(150, FCM.sendRequests().size(), "the 50 in flight went twice: at least once, never lost");
    }

    @Test
    void aDispatcherThatDiesBeforeSendingLeavesItsBatchForTheNext() {
        queue(2, 10);
        assertThrows(ProcessDied.class, () -> claims.sendDue(10, batch -> {
            throw new ProcessDied();
        }));

        assertEquals(20, dispatcher.dispatchDue());
        assertEquals(20, FCM.sendRequests().size(), "each sent once");
        assertTrue(entries.findAll().stream().allMatch(entry -> entry.status() == OutboxStatus.SENT));
    }

    /** Stands for the process dying mid-batch: the transaction never commits. */
    private static final class ProcessDied extends RuntimeException {
    }

    /** {@code people} participants with a phone each, {@code each} notifications for every one. */
    private void queue(int peopleCount, int each) {
        List<Outbox.Queued> queued = new ArrayList<>();
        for (int p = 0; p < peopleCount; p++) {
            UserAccount person = people.aParticipant(organisation).build();
            devices.register(person.id(), null, new NewDevice("token-" + p, Platform.ANDROID, "1.0", "en"));
            for (int n = 0; n < each; n++) {
                queued.add(new Outbox.Queued(new NotificationDraft(person.id(), Locale.ENGLISH, "test",
                        new Subject(Subject.TASK, "task-" + n), "Title " + n, "Body " + n, false), NOW, null));
            }
        }
        transactions.executeWrite(status -> outbox.enqueue(queued));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
