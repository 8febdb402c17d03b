package org.homeward.help;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.push.outbox.Notification;
import org.homeward.push.outbox.NotificationRepository;
import org.homeward.support.ApiClient;
import org.homeward.support.People;
import org.homeward.support.Plans;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The help button end to end: a participant asks, their caseworker sees it, acknowledges, notes,
 * resolves and reopens it; the participant sees each state in their own language; nobody else
 * sees it; bad input stores nothing.
 */
@MicronautTest(transactional = false)
class HelpRequestsApiTest {

    private static final String MINE = "/api/v1/me/help-requests";
    private static final String REQUESTS = "/api/v1/help-requests";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    Messages messages;
    @Inject
    NotificationRepository notifications;

    ApiClient api;
    Plans plans;
    Organisation organisation;
    UserAccount omar;
    UserAccount casey;

    @BeforeEach
    void setUp() {
        database.clean();
        api = new ApiClient(http);
        plans = new Plans(api);
        organisation = people.anOrganisation();
        omar = people.aParticipant(organisation).called("Omar").speaking("ar").livingIn("Europe/London").build();
        casey = people.aCaseworker(organisation).called("Casey").build();
        people.assign(casey, omar);
    }

    @Test
    void oneTapIsEnoughAndTheCaseworkerIsToldAtOnce() {
        HttpResponse<Map<String, Object>> raised = api.post(MINE, Map.of(), plans.tokenOf(omar));

        assertEquals(201, raised.code(), () -> "raise: " + raised.getBody());
        Map<String, Object> request = body(raised);
        assertEquals("OPEN", request.get("status"));
        assertEquals("NOW", request.get("urgency"));
        assertEquals(arabic("helpStatus.OPEN", Map.of()), request.get("statusText"));
        Notification told = only(notificationsOf(casey));
        assertEquals("help.raised", told.kind());
        assertTrue(told.urgent(), "help requests go out at once, quiet hours or not");
        assertTrue(told.body().contains("Omar"), told.body());
        assertEquals(1, items(api.get(REQUESTS, plans.tokenOf(casey))).size());
    }

    @Test
    void theParticipantSeesEachStateInTheirLanguage() {
        String id = raise(Map.of("category", "SOMEWHERE_TO_SLEEP", "urgency", "TODAY", "message", "لا مكان للنوم"));

        Map<String, Object> seen = body(api.post(REQUESTS + "/" + id + "/acknowledge", Map.of(), plans.tokenOf(casey)));
        assertEquals("ACKNOWLEDGED", seen.get("status"));
        Map<String, Object> mine = body(api.get(MINE + "/" + id, plans.tokenOf(omar)));
        String statusText = (String) mine.get("statusText");
        assertTrue(statusText.contains("Casey"), statusText);
        assertTrue(statusText.matches(".*[\\u0600-\\u06FF].*"), "in Arabic: " + statusText);
        assertEquals("help.acknowledged", only(notificationsOf(omar)).kind());

        Map<String, Object> resolved = body(api.post(REQUESTS + "/" + id + "/resolve",
                Map.of("outcome", "HELP_ARRANGED"), plans.tokenOf(casey)));
        assertEquals("RESOLVED", resolved.get("status"));
        assertEquals(arabic("helpStatus.RESOLVED", Map.of("outcome", arabic("helpOutcome.HELP_ARRANGED", Map.of()))),
                body(api.get(MINE + "/" + id, plans.tokenOf(omar))).get("statusText"));
    }

    @Test
    void notesStayWithTheCaseworkersAndEveryChangeIsKept() {
        String id = raise(Map.of("message", "help"));
        api.post(REQUESTS + "/" + id + "/acknowledge", Map.of(), plans.tokenOf(casey));
        assertEquals(200, api.post(REQUESTS + "/" + id + "/notes", Map.of("text", "Called the shelter"),
                plans.tokenOf(casey)).code());
        assertEquals(200, api.post(MINE + "/" + id + "/messages", Map.of("text", "شكرا"), plans.tokenOf(omar)).code());

        List<String> caseworkerSees = kinds(body(api.get(REQUESTS + "/" + id, plans.tokenOf(casey))));
        List<String> participantSees = kinds(body(api.get(MINE + "/" + id, plans.tokenOf(omar))));
        assertEquals(List.of("RAISED", "ACKNOWLEDGED", "NOTE", "MESSAGE"), caseworkerSees);
        assertEquals(List.of("RAISED", "ACKNOWLEDGED", "MESSAGE"), participantSees);
        assertTrue(notificationsOf(casey).stream().anyMatch(n -> n.kind().equals("help.message")));
    }

    @Test
    void resolvingNeedsAnOutcomeAndAReferralNeedsAPlace() {
        String id = raise(Map.of());

        assertFieldProblem(api.post(REQUESTS + "/" + id + "/resolve", Map.of(), plans.tokenOf(casey)), "outcome");
        assertFieldProblem(api.post(REQUESTS + "/" + id + "/resolve", Map.of("outcome", "REFERRED"),
                plans.tokenOf(casey)), "referredTo");
        assertEquals("OPEN", body(api.get(MINE + "/" + id, plans.tokenOf(omar))).get("status"));

        Map<String, Object> referred = body(api.post(REQUESTS + "/" + id + "/resolve",
                Map.of("outcome", "REFERRED", "referredTo", "Night shelter, Bridge Street"), plans.tokenOf(casey)));
        assertEquals("Night shelter, Bridge Street", referred.get("referredTo"));
    }

    @Test
    void aResolvedRequestCanBeReopenedAndThenEscalatesAgain() {
        String id = raise(Map.of());
        api.post(REQUESTS + "/" + id + "/resolve", Map.of("outcome", "NO_LONGER_NEEDED"), plans.tokenOf(casey));

        Map<String, Object> reopened = body(api.post(REQUESTS + "/" + id + "/reopen", Map.of(), plans.tokenOf(casey)));

        assertEquals("OPEN", reopened.get("status"));
        assertProblem(api.post(REQUESTS + "/" + id + "/reopen", Map.of(), plans.tokenOf(casey)), 409);
        assertEquals(List.of("RAISED", "RESOLVED", "REOPENED"), kinds(body(api.get(REQUESTS + "/" + id,
                plans.tokenOf(casey)))));
    }

    @Test
    void theParticipantCanTakeTheirRequestBack() {
        String id = raise(Map.of());

        assertEquals("CANCELLED", body(api.post(MINE + "/" + id + "/cancel", Map.of(), plans.tokenOf(omar)))
                .get("status"));
        assertEquals("CANCELLED", body(api.post(MINE + "/" + id + "/cancel", Map.of(), plans.tokenOf(omar)))
                .get("status"), "twice is harmless");
        assertProblem(api.post(MINE + "/" + id + "/messages", Map.of("text", "again"), plans.tokenOf(omar)), 409);
        assertEquals(0, items(api.get(REQUESTS, plans.tokenOf(casey))).size(), "no longer waiting for an answer");
    }

    @Test
    void nobodyElseSeesARequest() {
        String id = raise(Map.of("message", "private"));
        UserAccount otherCaseworker = people.aCaseworker(organisation).build();
        UserAccount mentor = people.aMentor(organisation).build();
        people.match(mentor, omar);
        UserAccount otherParticipant = people.aParticipant(organisation).build();
        Organisation elsewhere = people.anOrganisation();
        UserAccount foreignCaseworker = people.aCaseworker(elsewhere).build();

        assertProblem(api.get(REQUESTS + "/" + id, plans.tokenOf(otherCaseworker)), 404);
        assertProblem(api.post(REQUESTS + "/" + id + "/acknowledge", Map.of(), plans.tokenOf(otherCaseworker)), 404);
        assertProblem(api.get(REQUESTS + "/" + id, plans.tokenOf(foreignCaseworker)), 404);
        // A matched mentor reads requests only when the participant shares them, which is not the default.
        assertProblem(api.get(REQUESTS + "/" + id, plans.tokenOf(mentor)), 404);
        assertProblem(api.get(MINE + "/" + id, plans.tokenOf(otherParticipant)), 404);
        assertEquals(0, items(api.get(REQUESTS, plans.tokenOf(otherCaseworker))).size());
        assertEquals(0, items(api.get(MINE, plans.tokenOf(otherParticipant))).size());
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        String token = plans.tokenOf(omar);
        assertFieldProblem(api.post(MINE, Map.of("category", "SPACESHIP"), token), "category");
        assertFieldProblem(api.post(MINE, Map.of("urgency", "YESTERDAY"), token), "urgency");
        assertFieldProblem(api.post(MINE, Map.of("message", "x".repeat(501)), token), "message");

        assertEquals(0, database.count("help_requests"));
        assertEquals(0, database.count("notifications"));
    }

    @Test
    void aRetryWithTheSameKeyAsksOnce() {
        String token = plans.tokenOf(omar);
        HttpResponse<Map<String, Object>> first = api.exchange(HttpRequest.POST(MINE, Map.of("message", "help"))
                .bearerAuth(token).header("Idempotency-Key", "help-1"));
        HttpResponse<Map<String, Object>> again = api.exchange(HttpRequest.POST(MINE, Map.of("message", "help"))
                .bearerAuth(token).header("Idempotency-Key", "help-1"));

        assertEquals(201, first.code());
        assertEquals(201, again.code());
        assertEquals(body(first).get("id"), body(again).get("id"));
        assertEquals(1, database.count("help_requests"));
    }

    @Test
    void onlyParticipantsAskAndOnlyCaseworkersAnswer() {
        assertProblem(api.post(MINE, Map.of(), plans.tokenOf(casey)), 403);
        String id = raise(Map.of());
        assertProblem(api.post(REQUESTS + "/" + id + "/acknowledge", Map.of(), plans.tokenOf(omar)), 403);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String raise(Map<String, Object> request) {
        HttpResponse<Map<String, Object>> raised = api.post(MINE, request, plans.tokenOf(omar));
        assertEquals(201, raised.code(), () -> "raise: " + raised.getBody());
        return (String) body(raised).get("id");
    }

    private String arabic(String key, Map<String, Object> arguments) {
        return messages.format(Bundle.TASKS, Locale.forLanguageTag("ar"), key, arguments);
    }

    private List<Notification> notificationsOf(UserAccount person) {
        return notifications.findAll().stream().filter(n -> n.userId().equals(person.id())).toList();
    }

    private static Notification only(List<Notification> found) {
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(HttpResponse<Map<String, Object>> response) {
        assertEquals(200, response.code(), () -> "list: " + response.getBody());
        return (List<Map<String, Object>>) body(response).get("items");
    }

    @SuppressWarnings("unchecked")
    private static List<String> kinds(Map<String, Object> request) {
        return ((List<Map<String, Object>>) request.get("history")).stream().map(e -> (String) e.get("kind")).toList();
    }
}
