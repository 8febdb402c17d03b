package org.homeward.notifications;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.push.outbox.OutboxEntry;
import org.homeward.push.outbox.OutboxEntryRepository;
import org.homeward.push.outbox.OutboxStatus;
import org.homeward.support.ApiClient;
import org.homeward.support.People;
import org.homeward.support.Plans;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.anAppointment;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's own devices, notifications and preferences through the API: each person reaches only
 * their own, bad input gets a field problem and changes nothing, signing out stops notifications.
 */
@MicronautTest(transactional = false)
class MyNotificationsApiTest {

    private static final String DEVICES = "/api/v1/me/devices";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    OutboxEntryRepository outbox;

    ApiClient api;
    Plans plans;
    Organisation organisation;
    UserAccount participant;
    UserAccount caseworker;

    @BeforeEach
    void setUp() {
        database.clean();
        api = new ApiClient(http);
        plans = new Plans(api);
        organisation = people.anOrganisation();
        participant = people.aParticipant(organisation).speaking("es").build();
        caseworker = people.aCaseworker(organisation).build();
        people.assign(caseworker, participant);
    }

    // --- devices ---------------------------------------------------------------------------------

    @Test
    void registeringTheSameTokenAgainUpdatesTheDevice() {
        Map<String, Object> first = register(participant, Map.of("token", "tok-1", "platform", "ANDROID",
                "appVersion", "1.0"));
        Map<String, Object> again = register(participant, Map.of("token", "tok-1", "platform", "ANDROID",
                "appVersion", "1.1", "language", "es"));

        assertEquals(first.get("id"), again.get("id"));
        assertEquals("1.1", again.get("appVersion"));
        assertEquals(1, devicesOf(participant).size());
        assertFalse(again.containsKey("token"), "the token is never sent back");
        assertEquals("tok-1", again.get("tokenEnding"), "short tokens are shown whole; long ones by their end");
    }

    @Test
    void aPhoneHandedOnMovesToItsNewOwnerWithoutWhatWasWaitingForThePrevious() {
        register(participant, Map.of("token", "shared-phone", "platform", "ANDROID"));
        plans.appointment(caseworker, participant, anAppointment("MEDICAL", Instant.now().plus(3, ChronoUnit.DAYS)));
        UserAccount other = people.aParticipant(organisation).build();

        register(other, Map.of("token", "shared-phone", "platform", "ANDROID"));

        assertEquals(0, devicesOf(participant).size());
        assertEquals(1, devicesOf(other).size());
        assertEquals(List.of(OutboxStatus.UNDELIVERABLE), outbox.findAll().stream().map(OutboxEntry::status).toList());
    }

    @Test
    void badDeviceRegistrationsGetFieldProblemsAndStoreNothing() {
        String token = plans.tokenOf(participant);
        assertFieldProblem(api.post(DEVICES, Map.of("platform", "ANDROID"), token), "token");
        assertFieldProblem(api.post(DEVICES, Map.of("token", "t"), token), "platform");
        assertFieldProblem(api.post(DEVICES, Map.of("token", "t", "platform", "BLACKBERRY"), token), "platform");
        assertFieldProblem(api.post(DEVICES, Map.of("token", "x".repeat(1025), "platform", "IOS"), token), "token");
        assertFieldProblem(api.post(DEVICES, Map.of("token", "t", "platform", "IOS", "language", "xx"), token),
                "language");

        assertEquals(0, devicesOf(participant).size());
    }

    @Test
    void aDeviceOfSomeoneElseIsNotFound() {
        String id = (String) register(participant, Map.of("token", "tok-p", "platform", "IOS")).get("id");

        assertProblem(api.delete(DEVICES + "/" + id, plans.tokenOf(caseworker)), 404);
        assertProblem(api.post(DEVICES + "/" + id + "/test", Map.of(), plans.tokenOf(caseworker)), 404);
        assertEquals(1, devicesOf(participant).size());
    }

    @Test
    void removingADeviceStopsItsNotifications() {
        String id = (String) register(participant, Map.of("token", "tok-p", "platform", "IOS")).get("id");

        assertEquals(204, api.delete(DEVICES + "/" + id, plans.tokenOf(participant)).code());
        assertEquals(0, devicesOf(participant).size());
        assertProblem(api.delete(DEVICES + "/" + id, plans.tokenOf(participant)), 404);
    }

    @Test
    void signingOutRemovesTheDeviceRegisteredInThatSignIn() {
        Map<String, Object> tokens = body(api.post("/api/v1/auth/login",
                Map.of("username", participant.username(), "password", People.PASSWORD), null));
        String access = (String) tokens.get("access_token");
        assertEquals(201, api.post(DEVICES, Map.of("token", "tok-session", "platform", "ANDROID"), access).code());
        register(participant, Map.of("token", "tok-other-phone", "platform", "ANDROID"));

        assertEquals(204, api.post("/api/v1/auth/logout", Map.of("refresh_token", tokens.get("refresh_token")), null)
                .code());

        List<Map<String, Object>> left = devicesOf(participant);
        assertEquals(1, left.size(), "the phone that signed out is gone, the other stays");
        assertEquals("…-phone", left.get(0).get("tokenEnding"));
    }

    @Test
    void aTestNotificationGoesToThatDeviceOnlyInThePersonsLanguage() {
        String phone = (String) register(participant, Map.of("token", "tok-phone", "platform", "ANDROID")).get("id");
        register(participant, Map.of("token", "tok-tablet", "platform", "ANDROID"));

        HttpResponse<Map<String, Object>> test = api.post(DEVICES + "/" + phone + "/test", Map.of(),
                plans.tokenOf(participant));

        assertEquals(202, test.code(), () -> "test: " + test.getBody());
        assertEquals(List.of("tok-phone"), outbox.findAll().stream().map(OutboxEntry::token).toList());
        assertEquals("Esto es una prueba. Sus notificaciones llegan a este dispositivo.", body(test).get("body"));
    }

    // --- inbox ----------------------------------------------------------------------------------

    @Test
    void theInboxListsWhatThePersonWasToldAndTracksWhatTheyRead() {
        plans.appointment(caseworker, participant, anAppointment("MEDICAL", Instant.now().plus(3, ChronoUnit.DAYS))
                .at("Centro de salud"));

        Map<String, Object> inbox = body(api.get("/api/v1/me/notifications", plans.tokenOf(participant)));
        assertEquals(1L, ((Number) inbox.get("unread")).longValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> told = ((List<Map<String, Object>>) inbox.get("items")).get(0);
        assertEquals("appointment.booked", told.get("kind"));
        assertTrue(String.valueOf(told.get("body")).contains("Centro de salud"), told.toString());
        assertEquals(false, told.get("read"));

        assertProblem(api.post("/api/v1/me/notifications/" + told.get("id") + "/read", Map.of(),
                plans.tokenOf(caseworker)), 404);
        Map<String, Object> read = body(api.post("/api/v1/me/notifications/" + told.get("id") + "/read", Map.of(),
                plans.tokenOf(participant)));
        assertEquals(true, read.get("read"));
        assertEquals(0L, ((Number) body(api.get("/api/v1/me/notifications", plans.tokenOf(participant)))
                .get("unread")).longValue());
        assertEquals(0, ((List<?>) body(api.get("/api/v1/me/notifications", plans.tokenOf(caseworker)))
                .get("items")).size(), "nobody else sees it");
    }

    // --- preferences ----------------------------------------------------------------------------

    @Test
    void preferencesAreDiscreetWithQuietNightsUntilChanged() {
        Map<String, Object> defaults = body(api.get("/api/v1/me/notification-preferences", plans.tokenOf(participant)));
        assertEquals(Map.of("detailed", false, "quietFrom", "22:00", "quietUntil", "07:00"), defaults);

        Map<String, Object> changed = body(api.put("/api/v1/me/notification-preferences",
                Map.of("detailed", true, "quietUntil", "08:30"), plans.tokenOf(participant)));

        assertEquals(Map.of("detailed", true, "quietFrom", "22:00", "quietUntil", "08:30"), changed);
        assertEquals(changed, body(api.get("/api/v1/me/notification-preferences", plans.tokenOf(participant))));
    }

    @Test
    void aTimeThatIsNotATimeOfDayIsRefusedAndNothingChanges() {
        assertFieldProblem(api.put("/api/v1/me/notification-preferences",
                Map.of("detailed", true, "quietFrom", "25:00"), plans.tokenOf(participant)), "quietFrom");

        assertEquals(false, body(api.get("/api/v1/me/notification-preferences", plans.tokenOf(participant)))
                .get("detailed"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Map<String, Object> register(UserAccount person, Map<String, Object> device) {
        HttpResponse<Map<String, Object>> response = api.post(DEVICES, device, plans.tokenOf(person));
        assertEquals(201, response.code(), () -> "register: " + response.getBody());
        return body(response);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> devicesOf(UserAccount person) {
        return (List<Map<String, Object>>) body(api.get(DEVICES, plans.tokenOf(person))).get("items");
    }
}
