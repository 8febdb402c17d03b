package org.homeward.push.gateway;

import org.homeward.push.fakefcm.FakeFcmServer;
import org.homeward.push.fakefcm.FcmError;
import org.homeward.push.fakefcm.ReceivedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.homeward.push.gateway.DeliveryOutcome.DELIVERED;
import static org.homeward.push.gateway.DeliveryOutcome.FAILED;
import static org.homeward.push.gateway.DeliveryOutcome.RETRY;
import static org.homeward.push.gateway.DeliveryOutcome.UNREGISTERED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real SDK path (sendEach, its HTTP client, its error parsing) against the fake FCM server. */
class FirebaseGatewayTest {

    private static final String PROJECT = "test-project";

    private static FakeFcmServer fcm;
    private static FirebaseGateway gateway;

    @BeforeAll
    static void start() {
        fcm = FakeFcmServer.start();
        gateway = FirebaseGateway.open(new FcmEndpoint(fcm.baseUrl(), FakeFcmServer.fixedToken(), PROJECT));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        fcm.close();
    }

    @BeforeEach
    void forget() {
        fcm.reset();
    }

    @Test
    void deliversAVisibleNotificationWithTheMessageIdInItsData() {
        List<Delivery> deliveries = gateway.send(List.of(
                new PushMessage("msg-1", "token-one", "Appointment", "Tomorrow 10:00", Map.of("taskId", "42"), false)));

        assertEquals(1, deliveries.size());
        Delivery delivery = deliveries.get(0);
        assertEquals("msg-1", delivery.messageId());
        assertEquals(DELIVERED, delivery.outcome());
        assertTrue(delivery.detail().startsWith("projects/" + PROJECT + "/messages/"), delivery.detail());
        assertNull(delivery.retryAfter());

        ReceivedRequest request = fcm.sendRequests().get(0);
        assertEquals(PROJECT, request.projectId());
        assertEquals("Bearer " + FakeFcmServer.ACCESS_TOKEN, request.authorization());
        assertEquals("fcm.googleapis.com", request.headers().get("host"), "only the connection is redirected");
        assertEquals("token-one", request.token());
        assertEquals(Map.of("messageId", "msg-1", "taskId", "42"), request.data());
        assertEquals(Map.of("title", "Appointment", "body", "Tomorrow 10:00"), request.part("notification"));
        assertEquals("normal", request.part("android").get("priority"));
        assertEquals(Map.of("tag", "msg-1"), request.part("android").get("notification"));
        Map<?, ?> apnsHeaders = (Map<?, ?>) request.part("apns").get("headers");
        assertEquals("5", apnsHeaders.get("apns-priority"));
        assertEquals("alert", apnsHeaders.get("apns-push-type"));
        assertEquals("msg-1", apnsHeaders.get("apns-collapse-id"));
    }

    @Test
    void urgentMessagesGoOutWithHighPriority() {
        gateway.send(List.of(new PushMessage("msg-2", "token-two", "Help", "Call back", Map.of(), true)));

        ReceivedRequest request = fcm.sendRequests().get(0);
        assertEquals("high", request.part("android").get("priority"));
        assertEquals("10", ((Map<?, ?>) request.part("apns").get("headers")).get("apns-priority"));
    }

    @Test
    void aMixedBatchIsAnsweredPerMessageInOrder() {
        fcm.failToken("gone", FcmError.unregistered());
        // Retry-After above 60 s: the SDK gives up at once instead of retrying for ~7.5 s itself.
        fcm.failToken("busy", FcmError.unavailable(Duration.ofSeconds(120)));
        fcm.failToken("throttled", FcmError.quotaExceeded(Duration.ofSeconds(30)));
        fcm.failToken("not-a-token", FcmError.invalidToken());
        fcm.failToken("bad-payload", FcmError.invalidMessage());
        fcm.failToken("other-sender", FcmError.senderIdMismatch());
        fcm.failToken("hiccup", FcmError.internal());

        List<String> tokens = List.of("ok-1", "gone", "ok-2", "busy", "throttled", "not-a-token",
                "bad-payload", "other-sender", "hiccup", "ok-3");
        List<Delivery> deliveries = gateway.send(tokens.stream().map(FirebaseGatewayTest::message).toList());

        assertEquals(tokens.stream().map(t -> "id-" + t).toList(),
                deliveries.stream().map(Delivery::messageId).toList());
        assertEquals(List.of(DELIVERED, UNREGISTERED, DELIVERED, RETRY, RETRY, UNREGISTERED,
                        FAILED, UNREGISTERED, RETRY, DELIVERED),
                deliveries.stream().map(Delivery::outcome).toList());
        assertEquals(List.of("UNREGISTERED", "UNAVAILABLE", "QUOTA_EXCEEDED", "INVALID_ARGUMENT",
                        "INVALID_ARGUMENT", "SENDER_ID_MISMATCH", "INTERNAL"),
                deliveries.stream().filter(d -> d.outcome() != DELIVERED).map(Delivery::detail).toList());
        assertEquals(10, fcm.sendCount(), "no message was retried by the SDK");
    }

    @Test
    void quotaExceededCarriesTheServersRetryAfter() {
        fcm.failToken("throttled", FcmError.quotaExceeded(Duration.ofSeconds(30)));
        fcm.failToken("busy", FcmError.unavailable(Duration.ofSeconds(90)));

        List<Delivery> deliveries = gateway.send(List.of(message("throttled"), message("busy"), message("fine")));

        assertEquals(Duration.ofSeconds(30), deliveries.get(0).retryAfter());
        assertEquals(Duration.ofSeconds(90), deliveries.get(1).retryAfter());
        assertNull(deliveries.get(2).retryAfter());
    }

    @Test
    void theSdkRetriesA503WithoutRetryAfterItself() {
        fcm.failNext(1, FcmError.unavailable(null));

        List<Delivery> deliveries = gateway.send(List.of(message("once-busy")));

        assertEquals(DELIVERED, deliveries.get(0).outcome());
        assertEquals(2, fcm.sendCount(), "503, then the SDK's own retry after its back-off");
    }

    @Test
    void moreThanOneSendEachIsSplitAndKeepsTheOrder() {
        int count = PushGateway.MAX_BATCH + 3;
        List<PushMessage> batch = IntStream.range(0, count).mapToObj(i -> message("t" + i)).toList();

        List<Delivery> deliveries = gateway.send(batch);

        assertEquals(batch.stream().map(PushMessage::messageId).toList(),
                deliveries.stream().map(Delivery::messageId).toList());
        assertTrue(deliveries.stream().allMatch(d -> d.outcome() == DELIVERED));
        assertEquals(count, fcm.sendCount());
    }

    @Test
    void anEmptyBatchSendsNothing() {
        assertEquals(List.of(), gateway.send(List.of()));
        assertEquals(0, fcm.sendCount());
    }

    @Test
    void whenFcmCannotBeReachedEveryMessageIsToBeRetried() {
        FakeFcmServer gone = FakeFcmServer.start();
        try (FirebaseGateway unreachable = FirebaseGateway.open(
                new FcmEndpoint(gone.baseUrl(), FakeFcmServer.fixedToken(), PROJECT))) {
            gone.close();

            List<Delivery> deliveries = unreachable.send(List.of(message("a"), message("b"), message("c")));

            assertEquals(List.of("id-a", "id-b", "id-c"), deliveries.stream().map(Delivery::messageId).toList());
            for (Delivery delivery : deliveries) {
                assertEquals(RETRY, delivery.outcome());
                assertEquals(FcmOutcomes.IO_ERROR, delivery.detail());
            }
        }
    }

    @Test
    void aWholeCallFailureComesBackAsOneRetryPerMessage() {
        FirebaseGateway closed = FirebaseGateway.open(
                new FcmEndpoint(fcm.baseUrl(), FakeFcmServer.fixedToken(), PROJECT));
        closed.close(); // sendEach now throws instead of answering per message

        List<Delivery> deliveries = closed.send(List.of(message("a"), message("b")));

        assertEquals(List.of("id-a", "id-b"), deliveries.stream().map(Delivery::messageId).toList());
        assertTrue(deliveries.stream().allMatch(d -> d.outcome() == RETRY), deliveries.toString());
        assertEquals(0, fcm.sendCount());
    }

    private static PushMessage message(String token) {
        return new PushMessage("id-" + token, token, "Title", "Body", Map.of(), false);
    }
}
