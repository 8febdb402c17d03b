package org.homeward.notifications;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.push.fakefcm.FakeFcmServer;
import org.homeward.push.fakefcm.FcmError;
import org.homeward.push.fakefcm.ReceivedRequest;
import org.homeward.push.outbox.Dispatcher;
import org.homeward.push.outbox.Inbox;
import org.homeward.push.outbox.OutboxEntry;
import org.homeward.push.outbox.OutboxEntryRepository;
import org.homeward.push.outbox.OutboxStatus;
import org.homeward.support.ApiClient;
import org.homeward.support.FakeFcm;
import org.homeward.support.People;
import org.homeward.support.Plans;
import org.homeward.support.TestClock;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.anAppointment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications leave through the real Firebase Admin SDK (configured as in production: a base URL
 * and a service-account file) to a fake FCM on 127.0.0.1: what a phone receives, and what happens
 * when FCM refuses a token, asks us to slow down, or keeps failing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushDeliveryTest implements TestPropertyProvider {

    private static final Instant NOW = Instant.parse("2026-11-16T10:00:00Z");
    private static final FakeFcmServer FCM = FakeFcm.SERVER;

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
    Dispatcher dispatcher;
    @Inject
    OutboxEntryRepository outbox;
    @Inject
    Inbox inbox;

    ApiClient api;
    Plans plans;
    Organisation organisation;
    UserAccount participant;
    UserAccount caseworker;

    @Override
    public Map<String, String> getProperties() {
        return FakeFcm.settings();
    }

    @BeforeEach
    void setUp() {
        clock.freezeAt(NOW);
        database.clean();
        FCM.reset();
        api = new ApiClient(http);
        plans = new Plans(api);
        organisation = people.anOrganisation();
        participant = people.aParticipant(organisation).speaking("en").livingIn("Europe/London").build();
        caseworker = people.aCaseworker(organisation).build();
        people.assign(caseworker, participant);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBookedAppointmentReachesThePhoneAsANeutralTextWithOnlyIds() {
        registerDevice(participant, "token-phone-1");

        Map<String, Object> appointment = plans.appointment(caseworker, participant,
                anAppointment("PROBATION", NOW.plus(Duration.ofDays(3))).at("Probation office, High Street"));
        assertEquals(1, dispatcher.dispatchDue());

        ReceivedRequest sent = FCM.sendRequests().get(0);
        assertEquals("token-phone-1", sent.token());
        String wire = sent.json().toString();
        assertEquals("Homeward", sent.part("notification").get("title"));
        assertEquals("You have an update.", sent.part("notification").get("body"));
        assertFalse(wire.contains("Probation"), wire);
        assertFalse(wire.contains("High Street"), wire);
        Map<String, String> data = sent.data();
        assertEquals(idOf(appointment), data.get("subjectId"));
        assertTrue(data.containsKey("messageId"));
        assertEquals(List.of(OutboxStatus.SENT), statuses());
    }

    @Test
    void aParticipantWhoOptedInSeesTheDetailOnTheLockScreen() {
        registerDevice(participant, "token-phone-1");
        assertEquals(200, api.put("/api/v1/me/notification-preferences", Map.of("detailed", true),
                plans.tokenOf(participant)).code());

        plans.appointment(caseworker, participant,
                anAppointment("HOUSING", NOW.plus(Duration.ofDays(3))).at("Housing office"));
        dispatcher.dispatchDue();

        Map<String, Object> notification = FCM.sendRequests().get(0).part("notification");
        assertEquals("New appointment", notification.get("title"));
        assertTrue(String.valueOf(notification.get("body")).contains("Housing office"), notification.toString());
    }

    @Test
    void everyDeviceOfThePersonGetsTheNotification() {
        registerDevice(participant, "token-phone");
        registerDevice(participant, "token-tablet");

        plans.appointment(caseworker, participant, anAppointment("MEDICAL", NOW.plus(Duration.ofDays(2))));
        assertEquals(2, dispatcher.dispatchDue());

        assertEquals(List.of("token-phone", "token-tablet"),
                FCM.sendRequests().stream().map(ReceivedRequest::token).sorted().toList());
        assertEquals(1, FCM.sendRequests().stream().map(request -> request.data().get("messageId")).distinct().count(),
                "one message id per notification, on every device");
    }

    @Test
    void aMixedBatchIsRecordedMessageByMessage() {
        registerDevice(participant, "token-ok");
        String gone = registerDevice(participant, "token-gone");
        registerDevice(participant, "token-busy");
        registerDevice(participant, "token-quota");
        registerDevice(participant, "token-down");
        FCM.failToken("token-gone", FcmError.unregistered());
        // Over 60 s of Retry-After the SDK hands the 503 back at once instead of retrying inside the call.
        FCM.failToken("token-down", FcmError.unavailable(Duration.ofMinutes(2)));
        FCM.failToken("token-busy", FcmError.internal());
        FCM.failToken("token-quota", FcmError.quotaExceeded(Duration.ofMinutes(5)));

        plans.appointment(caseworker, participant, anAppointment("MEDICAL", NOW.plus(Duration.ofDays(2))));
        assertEquals(5, dispatcher.dispatchBatch());

        Map<String, OutboxEntry> byToken = byToken();
        assertEquals(OutboxStatus.SENT, byToken.get("token-ok").status());
        assertEquals(OutboxStatus.UNDELIVERABLE, byToken.get("token-gone").status());
        assertEquals(OutboxStatus.QUEUED, byToken.get("token-busy").status());
        assertEquals("INTERNAL", byToken.get("token-busy").lastError());
        assertTrue(byToken.get("token-busy").dueAt() > NOW.toEpochMilli(), "retried later, not at once");
        assertEquals(OutboxStatus.QUEUED, byToken.get("token-quota").status());
        assertTrue(byToken.get("token-quota").dueAt() >= NOW.plus(Duration.ofMinutes(5)).toEpochMilli(),
                "FCM's Retry-After is respected");
        assertEquals(OutboxStatus.QUEUED, byToken.get("token-down").status());
        assertEquals("UNAVAILABLE", byToken.get("token-down").lastError());
        assertTrue(byToken.get("token-down").dueAt() >= NOW.plus(Duration.ofMinutes(2)).toEpochMilli());
        List<Map<String, Object>> devices = devicesOf(participant);
        assertFalse(devices.stream().anyMatch(device -> device.get("id").equals(gone)),
                "an unregistered token is removed");
        assertEquals(0, dispatcher.dispatchDue(), "nothing is due again before its back-off ends");
    }

    @Test
    void aRetriedMessageIsSentOnceTheServerRecovers() {
        registerDevice(participant, "token-busy");
        FCM.failNext(1, FcmError.internal());

        plans.appointment(caseworker, participant, anAppointment("MEDICAL", NOW.plus(Duration.ofDays(2))));
        dispatcher.dispatchDue();
        assertEquals(List.of(OutboxStatus.QUEUED), statuses());

        clock.advance(Duration.ofHours(1));
        assertEquals(1, dispatcher.dispatchDue());
        assertEquals(List.of(OutboxStatus.SENT), statuses());
        assertEquals(2, FCM.sendRequests().size());
        assertEquals(FCM.sendRequests().get(0).data().get("messageId"), FCM.sendRequests().get(1).data().get("messageId"),
                "the retry carries the same message id");
    }

    @Test
    void aMessageThatKeepsFailingEndsAsFailedAndItsCaseworkerSeesIt() {
        registerDevice(participant, "token-broken");
        FCM.failToken("token-broken", FcmError.internal());

        plans.appointment(caseworker, participant, anAppointment("MEDICAL", NOW.plus(Duration.ofDays(2))));
        for (int attempt = 0; attempt < 12; attempt++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofHours(2));
        }

        assertEquals(List.of(OutboxStatus.FAILED), statuses());
        assertEquals(8, outbox.findAll().iterator().next().attempts(), "the configured limit of tries");
        assertEquals(1, inbox.failedFor(List.of(participant.id()), 10).size());
    }

    @Test
    void aPermanentErrorFailsAtOnce() {
        registerDevice(participant, "token-odd");
        FCM.failToken("token-odd", FcmError.invalidMessage());

        plans.appointment(caseworker, participant, anAppointment("MEDICAL", NOW.plus(Duration.ofDays(2))));
        dispatcher.dispatchDue();

        assertEquals(List.of(OutboxStatus.FAILED), statuses());
    }

    @Test
    void anArabicSpeakerIsToldInArabic() {
        UserAccount omar = people.aParticipant(organisation).speaking("ar").livingIn("Europe/London").build();
        people.assign(caseworker, omar);
        registerDevice(omar, "token-omar");

        plans.appointment(caseworker, omar, anAppointment("MEDICAL", NOW.plus(Duration.ofDays(3))));
        dispatcher.dispatchDue();

        Map<String, Object> lockScreen = FCM.sendRequests().get(0).part("notification");
        assertTrue(String.valueOf(lockScreen.get("body")).matches(".*[\\u0600-\\u06FF].*"), lockScreen.toString());
        Map<String, Object> told = onlyNotification(omar);
        assertTrue(String.valueOf(told.get("title")).matches(".*[\\u0600-\\u06FF].*"), told.toString());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String registerDevice(UserAccount person, String token) {
        var response = api.post("/api/v1/me/devices", Map.of("token", token, "platform", "ANDROID"),
                plans.tokenOf(person));
        assertEquals(201, response.code(), () -> "register: " + response.getBody());
        return (String) body(response).get("id");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> devicesOf(UserAccount person) {
        return (List<Map<String, Object>>) body(api.get("/api/v1/me/devices", plans.tokenOf(person))).get("items");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> onlyNotification(UserAccount person) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(
                api.get("/api/v1/me/notifications", plans.tokenOf(person))).get("items");
        assertEquals(1, items.size(), items::toString);
        return items.get(0);
    }

    private List<OutboxStatus> statuses() {
        return outbox.findAll().stream().map(OutboxEntry::status).toList();
    }

    private Map<String, OutboxEntry> byToken() {
        return outbox.findAll().stream().collect(java.util.stream.Collectors.toMap(OutboxEntry::token, e -> e));
    }

    private static String idOf(Map<String, Object> appointment) {
        return (String) appointment.get("id");
    }
}
