package org.homeward.security;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.aFreeTextTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what with a participant's information, endpoint by endpoint, for every kind of
 * caller: the participant themself, another participant, a matched mentor the participant shares
 * everything with and one they share nothing with, an unmatched mentor, the assigned caseworker,
 * another caseworker of the organisation, a caseworker of another organisation, the organisation's
 * admin, and nobody signed in. Every cell is asserted, and an endpoint that reaches a participant's
 * information without a row here fails {@link #everyParticipantDataEndpointHasARow()}.
 */
@MicronautTest(transactional = false)
class ParticipantDataAccessMatrixTest {

    enum Who {
        SELF, OTHER_PARTICIPANT, MENTOR_SHARED, MENTOR_NOT_SHARED, UNMATCHED_MENTOR, ASSIGNED_CASEWORKER,
        OTHER_CASEWORKER, FOREIGN_CASEWORKER, ORG_ADMIN, ANONYMOUS
    }

    /** Paths that reach one participant's information. */
    private static final Pattern PARTICIPANT_DATA = Pattern.compile(
            "/api/v1/(participants/\\{[a-zA-Z]+\\}.*|(tasks|appointments|help-requests|goals|check-ins|concerns)/\\{[a-zA-Z]+\\}.*)");

    /** The request a cell sends: it may first create what it acts on (as the caseworker), so cells stay independent. */
    interface Call {
        HttpResponse<Map<String, Object>> send(Fixture fixture, String token);
    }

    record Row(String method, String template, Call call, int... statuses) {

        Map<Who, Integer> expected() {
            Map<Who, Integer> expected = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                expected.put(who, statuses[who.ordinal()]);
            }
            return expected;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    //                                          SELF OTHER M+   M-   UM   CW   OCW  FCW  ADM  ANON
    static List<Row> rows() {
        return List.of(
                new Row("GET", "/api/v1/participants/{id}", (f, t) -> f.api.get(f.participantPath(""), t),
                        200, 404, 200, 200, 404, 200, 404, 404, 200, 401),
                new Row("GET", "/api/v1/participants/{participantId}/tasks{?limit,cursor}",
                        (f, t) -> f.api.get(f.participantPath("/tasks"), t),
                        200, 404, 200, 403, 404, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/participants/{participantId}/tasks",
                        (f, t) -> f.api.post(f.participantPath("/tasks"), aFreeTextTask("Call the bank").json(), t),
                        201, 404, 403, 403, 404, 201, 404, 404, 403, 401),
                new Row("GET", "/api/v1/tasks/{id}", (f, t) -> f.api.get(f.aTask(), t),
                        200, 404, 200, 403, 404, 200, 404, 404, 403, 401),
                new Row("PUT", "/api/v1/tasks/{id}",
                        (f, t) -> f.api.put(f.aTask(), Map.of("title", "Call the bank today"), t),
                        403, 404, 403, 403, 404, 200, 404, 404, 403, 401),
                new Row("DELETE", "/api/v1/tasks/{id}", (f, t) -> f.api.delete(f.aTask(), t),
                        403, 404, 403, 403, 404, 204, 404, 404, 403, 401),
                new Row("POST", "/api/v1/tasks/{id}/translations",
                        (f, t) -> f.api.post(f.aTask() + "/translations", Map.of("language", "ro", "title", "Sună banca"), t),
                        403, 404, 200, 403, 404, 200, 404, 404, 403, 401),
                new Row("GET", "/api/v1/participants/{participantId}/appointments{?limit,cursor}",
                        (f, t) -> f.api.get(f.participantPath("/appointments"), t),
                        200, 404, 200, 403, 404, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/participants/{participantId}/appointments",
                        (f, t) -> f.api.post(f.participantPath("/appointments"), f.anAppointmentBody(), t),
                        403, 404, 403, 403, 404, 201, 404, 404, 403, 401),
                new Row("GET", "/api/v1/participants/{participantId}/attendance",
                        (f, t) -> f.api.get(f.participantPath("/attendance"), t),
                        200, 404, 403, 403, 403, 200, 404, 404, 403, 401),
                new Row("GET", "/api/v1/appointments/{id}", (f, t) -> f.api.get(f.anAppointment(), t),
                        200, 404, 200, 403, 404, 200, 404, 404, 403, 401),
                new Row("PUT", "/api/v1/appointments/{id}",
                        (f, t) -> f.api.put(f.anAppointment(), f.anAppointmentBody(), t),
                        403, 404, 403, 403, 404, 200, 404, 404, 403, 401),
                new Row("DELETE", "/api/v1/appointments/{id}", (f, t) -> f.api.delete(f.anAppointment(), t),
                        403, 404, 403, 403, 404, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/appointments/{id}/outcome",
                        (f, t) -> f.api.post(f.anAppointment() + "/outcome", Map.of("outcome", "CANCELLED"), t),
                        403, 404, 403, 403, 404, 200, 404, 404, 403, 401),
                new Row("GET", "/api/v1/participants/{participantId}/crisis-contacts",
                        (f, t) -> f.api.get(f.participantPath("/crisis-contacts"), t),
                        200, 404, 200, 403, 404, 200, 404, 404, 403, 401),
                new Row("GET", "/api/v1/participants/{participantId}/help-requests{?limit,cursor}",
                        (f, t) -> f.api.get(f.participantPath("/help-requests"), t),
                        403, 403, 200, 403, 404, 200, 404, 404, 403, 401),
                new Row("GET", "/api/v1/help-requests/{id}", (f, t) -> f.api.get(f.aHelpRequest(), t),
                        403, 403, 200, 404, 404, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/help-requests/{id}/acknowledge",
                        (f, t) -> f.api.post(f.aHelpRequest() + "/acknowledge", Map.of(), t),
                        403, 403, 403, 403, 403, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/help-requests/{id}/notes",
                        (f, t) -> f.api.post(f.aHelpRequest() + "/notes", Map.of("text", "Called back"), t),
                        403, 403, 403, 403, 403, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/help-requests/{id}/resolve",
                        (f, t) -> f.api.post(f.aHelpRequest() + "/resolve", Map.of("outcome", "HELP_ARRANGED"), t),
                        403, 403, 403, 403, 403, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/help-requests/{id}/reopen",
                        (f, t) -> f.api.post(f.aResolvedHelpRequest() + "/reopen", Map.of(), t),
                        403, 403, 403, 403, 403, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/participants/{participantId}/check-ins",
                        (f, t) -> f.api.post(f.participantPath("/check-ins"), f.aCheckInBody(), t),
                        403, 404, 201, 201, 404, 403, 404, 404, 403, 401),
                new Row("GET", "/api/v1/participants/{participantId}/check-ins{?limit,cursor}",
                        (f, t) -> f.api.get(f.participantPath("/check-ins"), t),
                        200, 404, 200, 200, 404, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/participants/{participantId}/mentor-meetings",
                        (f, t) -> f.api.post(f.participantPath("/mentor-meetings"), f.aMeetingBody(), t),
                        403, 404, 201, 201, 404, 403, 404, 404, 403, 401),
                new Row("GET", "/api/v1/participants/{participantId}/mentor-meetings",
                        (f, t) -> f.api.get(f.participantPath("/mentor-meetings"), t),
                        403, 404, 200, 200, 404, 403, 404, 404, 403, 401),
                new Row("GET", "/api/v1/participants/{participantId}/concerns",
                        (f, t) -> f.api.get(f.participantPath("/concerns"), t),
                        403, 404, 403, 403, 404, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/concerns/{id}/response",
                        (f, t) -> f.api.post(f.aConcern() + "/response", Map.of("response", "Called her, safe now"), t),
                        403, 403, 403, 403, 403, 200, 404, 404, 403, 401),
                new Row("GET", "/api/v1/participants/{participantId}/goals{?limit,cursor}",
                        (f, t) -> f.api.get(f.participantPath("/goals"), t),
                        200, 404, 200, 403, 404, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/participants/{participantId}/goals",
                        (f, t) -> f.api.post(f.participantPath("/goals"), f.aGoalBody(), t),
                        201, 404, 403, 403, 404, 201, 404, 404, 403, 401),
                new Row("GET", "/api/v1/participants/{participantId}/domains-not-now",
                        (f, t) -> f.api.get(f.participantPath("/domains-not-now"), t),
                        200, 404, 200, 403, 404, 200, 404, 404, 403, 401),
                new Row("GET", "/api/v1/goals/{id}", (f, t) -> f.api.get(f.aGoal(), t),
                        200, 404, 200, 403, 404, 200, 404, 404, 403, 401),
                new Row("PUT", "/api/v1/goals/{id}", (f, t) -> f.api.put(f.aGoal(), Map.of("status", "PAUSED"), t),
                        200, 404, 403, 403, 404, 200, 404, 404, 403, 401),
                new Row("POST", "/api/v1/goals/{id}/ratings",
                        (f, t) -> f.api.post(f.aGoal() + "/ratings", Map.of("rating", 2), t),
                        201, 404, 403, 403, 404, 201, 404, 404, 403, 401),
                new Row("POST", "/api/v1/participants/{id}/case-assignments",
                        (f, t) -> f.api.post(f.participantPath("/case-assignments"),
                                Map.of("caseworkerId", f.otherCaseworker.id()), t),
                        403, 403, 403, 403, 403, 403, 403, 403, 201, 401),
                new Row("POST", "/api/v1/participants/{id}/case-assignments/{assignmentId}/end",
                        (f, t) -> f.api.post(f.participantPath("/case-assignments/" + f.anAssignment() + "/end"),
                                Map.of(), t),
                        403, 403, 403, 403, 403, 403, 403, 403, 204, 401),
                new Row("POST", "/api/v1/participants/{id}/mentor-matches",
                        (f, t) -> f.api.post(f.participantPath("/mentor-matches"),
                                Map.of("mentorId", f.unmatchedMentor.id()), t),
                        403, 403, 403, 403, 403, 403, 403, 403, 201, 401),
                new Row("POST", "/api/v1/participants/{id}/mentor-matches/{matchId}/end",
                        (f, t) -> f.api.post(f.participantPath("/mentor-matches/" + f.aMatch() + "/end"), Map.of(), t),
                        403, 403, 403, 403, 403, 403, 403, 403, 200, 401));
    }

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
    Router router;

    @BeforeEach
    void cleanDatabase() {
        clock.reset();
        database.clean();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyCallerGetsWhatTheirRelationAndTheParticipantsChoicesAllow(Row row) {
        Map<Who, Integer> expected = row.expected();
        Map<Who, Integer> actual = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            database.clean();
            Fixture fixture = new Fixture(new ApiClient(http), people);
            HttpResponse<Map<String, Object>> response = row.call().send(fixture, fixture.tokenOf(who));
            actual.put(who, response.code());
        }
        assertEquals(expected, actual, row + ": expected per caller vs what they got");
    }

    @Test
    void everyParticipantDataEndpointHasARow() {
        Set<String> covered = rows().stream().map(Row::toString).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        router.uriRoutes()
                .filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .filter(route -> PARTICIPANT_DATA.matcher(route.getUriMatchTemplate().toString()).matches())
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate())
                .filter(endpoint -> !covered.contains(endpoint))
                .forEach(missing::add);
        assertTrue(missing.isEmpty(), "endpoints without a row in the access matrix:\n  " + String.join("\n  ", missing));
    }

    /** One participant and everyone around them, fresh for each cell. */
    static final class Fixture {
        final ApiClient api;
        final Plans plans;
        final UserAccount participant;
        final UserAccount otherParticipant;
        final UserAccount sharedMentor;
        final UserAccount notSharedMentor;
        final UserAccount unmatchedMentor;
        final UserAccount caseworker;
        final UserAccount otherCaseworker;
        final UserAccount foreignCaseworker;
        final UserAccount admin;
        private final People people;

        Fixture(ApiClient api, People people) {
            this.api = api;
            this.people = people;
            this.plans = new Plans(api);
            Organisation organisation = people.anOrganisation();
            participant = people.aParticipant(organisation).build();
            otherParticipant = people.aParticipant(organisation).build();
            sharedMentor = people.aMentor(organisation).build();
            notSharedMentor = people.aMentor(organisation).build();
            unmatchedMentor = people.aMentor(organisation).build();
            caseworker = people.aCaseworker(organisation).build();
            otherCaseworker = people.aCaseworker(organisation).build();
            foreignCaseworker = people.aCaseworker(people.anOrganisation()).build();
            admin = people.anAdmin(organisation).build();
            people.assign(caseworker, participant);
            people.match(sharedMentor, participant);
            people.match(notSharedMentor, participant);
            share(sharedMentor, true);
            share(notSharedMentor, false);
        }

        private void share(UserAccount mentor, boolean everything) {
            HttpResponse<Map<String, Object>> response = api.put("/api/v1/me/sharing/" + mentor.id(), Map.of(
                    "tasks", everything, "appointments", everything ? "DETAILS" : "NONE", "goals", everything,
                    "checkInNotes", everything, "helpRequests", everything, "crisisContacts", everything),
                    plans.tokenOf(participant));
            assertEquals(200, response.code(), () -> "sharing: " + response.getBody());
        }

        String tokenOf(Who who) {
            return switch (who) {
                case SELF -> plans.tokenOf(participant);
                case OTHER_PARTICIPANT -> plans.tokenOf(otherParticipant);
                case MENTOR_SHARED -> plans.tokenOf(sharedMentor);
                case MENTOR_NOT_SHARED -> plans.tokenOf(notSharedMentor);
                case UNMATCHED_MENTOR -> plans.tokenOf(unmatchedMentor);
                case ASSIGNED_CASEWORKER -> plans.tokenOf(caseworker);
                case OTHER_CASEWORKER -> plans.tokenOf(otherCaseworker);
                case FOREIGN_CASEWORKER -> plans.tokenOf(foreignCaseworker);
                case ORG_ADMIN -> plans.tokenOf(admin);
                case ANONYMOUS -> null;
            };
        }

        String participantPath(String rest) {
            return "/api/v1/participants/" + participant.id() + rest;
        }

        /** A free-text task the caseworker wrote (so it can be translated). */
        String aTask() {
            return Plans.taskPath(plans.task(caseworker, participant, aFreeTextTask("Call the bank")));
        }

        Map<String, Object> anAppointmentBody() {
            return Plans.anAppointment("HOUSING", Instant.now().plus(Duration.ofDays(3))).json();
        }

        String anAppointment() {
            return Plans.appointmentPath(plans.appointment(caseworker, participant,
                    Plans.anAppointment("HOUSING", Instant.now().plus(Duration.ofDays(3)))));
        }

        String aHelpRequest() {
            HttpResponse<Map<String, Object>> raised = api.post("/api/v1/me/help-requests", Map.of(),
                    plans.tokenOf(participant));
            assertEquals(201, raised.code(), () -> "help: " + raised.getBody());
            return "/api/v1/help-requests/" + body(raised).get("id");
        }

        String aResolvedHelpRequest() {
            String request = aHelpRequest();
            assertEquals(200, api.post(request + "/resolve", Map.of("outcome", "HELP_ARRANGED"), plans.tokenOf(caseworker)).code());
            return request;
        }

        Map<String, Object> aCheckInBody() {
            return Map.of("mode", "PHONE", "durationMinutes", 30, "mood", 3, "domains", List.of("HOUSING"),
                    "inControl", "PARTLY");
        }

        Map<String, Object> aGoalBody() {
            return Map.of("domain", "HOUSING", "wording", "A room of my own", "baselineRating", 1);
        }

        /** A goal the caseworker set down with the participant. */
        String aGoal() {
            HttpResponse<Map<String, Object>> created = api.post(participantPath("/goals"), aGoalBody(),
                    plans.tokenOf(caseworker));
            assertEquals(201, created.code(), () -> "goal: " + created.getBody());
            return "/api/v1/goals/" + body(created).get("id");
        }

        Map<String, Object> aMeetingBody() {
            return Map.of("startsAt", Instant.now().plus(Duration.ofDays(2)).toString(), "mode", "PHONE");
        }

        /** An open concern the shared mentor raised. */
        String aConcern() {
            Map<String, Object> checkIn = new java.util.HashMap<>(aCheckInBody());
            checkIn.put("concern", Map.of("kind", "SAFETY", "details", "Someone from before called"));
            HttpResponse<Map<String, Object>> logged = api.post(participantPath("/check-ins"), checkIn,
                    plans.tokenOf(sharedMentor));
            assertEquals(201, logged.code(), () -> "check-in: " + logged.getBody());
            @SuppressWarnings("unchecked")
            Map<String, Object> concern = (Map<String, Object>) body(logged).get("concern");
            return "/api/v1/concerns/" + concern.get("id");
        }

        String anAssignment() {
            return people.assign(otherCaseworker, participant).id();
        }

        String aMatch() {
            return people.match(unmatchedMentor, participant).id();
        }
    }
}
