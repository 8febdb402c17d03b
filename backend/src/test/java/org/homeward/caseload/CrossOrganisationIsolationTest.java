package org.homeward.caseload;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.common.Ids;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.support.ApiClient;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.homeward.support.ProblemAssert.fieldsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may see a participant: only their own organisation's admin, their assigned caseworkers,
 * their currently matched mentors, and themself. Everyone else gets the same 404 as for an id
 * that does not exist, so nothing reveals that the participant is there.
 */
@MicronautTest(transactional = false)
class CrossOrganisationIsolationTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestDatabase database;

    @Inject
    People people;

    ApiClient api;
    Organisation orgA;
    Organisation orgB;
    UserAccount participantA;

    @BeforeEach
    void setUp() {
        database.clean();
        api = new ApiClient(http);
        orgA = people.anOrganisation();
        orgB = people.anOrganisation();
        participantA = people.aParticipant(orgA).build();
    }

    // --- reading a participant -------------------------------------------------------------

    @Test
    void caseworkerOfAnotherOrganisationGetsNotFound() {
        UserAccount caseworkerB = people.aCaseworker(orgB).build();
        people.assign(caseworkerB, people.aParticipant(orgB).build());

        assertHiddenFrom(caseworkerB, participantA);
    }

    @Test
    void unassignedCaseworkerOfTheSameOrganisationGetsNotFound() {
        UserAccount assigned = people.aCaseworker(orgA).build();
        people.assign(assigned, participantA);
        UserAccount unassigned = people.aCaseworker(orgA).build();

        assertHiddenFrom(unassigned, participantA);
        assertEquals(200, getParticipant(assigned, participantA).code());
    }

    @Test
    void mentorWhoIsNotMatchedGetsNotFound() {
        UserAccount mentor = people.aMentor(orgA).build();
        people.match(mentor, people.aParticipant(orgA).build());

        assertHiddenFrom(mentor, participantA);
    }

    @Test
    void matchedMentorSeesTheParticipant() {
        UserAccount mentor = people.aMentor(orgA).build();
        people.match(mentor, participantA);

        HttpResponse<Map<String, Object>> response = getParticipant(mentor, participantA);

        assertEquals(200, response.code());
        assertEquals(participantA.id(), body(response).get("id"));
    }

    @Test
    void participantSeesThemself() {
        HttpResponse<Map<String, Object>> response = getParticipant(participantA, participantA);

        assertEquals(200, response.code());
        assertEquals(participantA.displayName(), body(response).get("displayName"));
        assertEquals(List.of(), body(response).get("caseworkers"), "an empty list, not a missing member");
        assertEquals(List.of(), body(response).get("mentorMatches"), "an empty list, not a missing member");
    }

    @Test
    void emptyCaseloadIsAnEmptyItemsList() {
        UserAccount caseworker = people.aCaseworker(orgA).build();

        Map<String, Object> page = body(api.get("/api/v1/participants", tokenOf(caseworker)));

        assertEquals(Map.of("items", List.of()), page, "items present and empty; no nextCursor on the last page");
    }

    @Test
    void anotherParticipantGetsNotFound() {
        assertHiddenFrom(people.aParticipant(orgA).build(), participantA);
        assertHiddenFrom(people.aParticipant(orgB).build(), participantA);
    }

    @Test
    void adminOfAnotherOrganisationGetsNotFound() {
        assertHiddenFrom(people.anAdmin(orgB).build(), participantA);
        assertEquals(200, getParticipant(people.anAdmin(orgA).build(), participantA).code());
    }

    // --- caseloads ---------------------------------------------------------------------------

    @Test
    void participantCannotAskForACaseload() {
        assertProblem(api.get("/api/v1/participants", tokenOf(participantA)), 403);
    }

    @Test
    void caseloadListsOnlyAssignedParticipants() {
        UserAccount caseworker = people.aCaseworker(orgA).build();
        UserAccount second = people.aParticipant(orgA).build();
        people.assign(caseworker, participantA);
        people.assign(caseworker, second);
        people.aParticipant(orgA).build();
        people.assign(people.aCaseworker(orgA).build(), people.aParticipant(orgA).build());
        people.assign(people.aCaseworker(orgB).build(), people.aParticipant(orgB).build());

        assertEquals(Set.of(participantA.id(), second.id()), caseloadIds(caseworker));
    }

    @Test
    void mentorCaseloadListsOnlyMatchedParticipants() {
        UserAccount mentor = people.aMentor(orgA).build();
        people.match(mentor, participantA);
        people.aParticipant(orgA).build();
        people.match(people.aMentor(orgA).build(), people.aParticipant(orgA).build());

        assertEquals(Set.of(participantA.id()), caseloadIds(mentor));
    }

    @Test
    void adminSeesOnlyTheirOwnOrganisation() {
        UserAccount adminB = people.anAdmin(orgB).build();
        UserAccount participantB = people.aParticipant(orgB).build();

        assertEquals(Set.of(participantB.id()), caseloadIds(adminB));
        Set<String> everyone = idsOf(api.get("/api/v1/organisation/people", tokenOf(adminB)));
        assertEquals(Set.of(adminB.id(), participantB.id()), everyone);
    }

    // --- organisation admin's work -----------------------------------------------------------

    @Test
    void adminOfAnotherOrganisationCannotAssignACaseworker() {
        UserAccount adminB = people.anAdmin(orgB).build();
        UserAccount caseworkerB = people.aCaseworker(orgB).build();
        long before = database.count("case_assignments");

        HttpResponse<Map<String, Object>> response = api.post(assignmentsOf(participantA),
                Map.of("caseworkerId", caseworkerB.id()), tokenOf(adminB));

        assertEquals(notFoundForAnUnknownId(adminB), assertProblem(response, 404));
        assertEquals(before, database.count("case_assignments"));
    }

    @Test
    void adminAssignsACaseworkerWhoThenSeesTheParticipant() {
        UserAccount admin = people.anAdmin(orgA).build();
        UserAccount caseworker = people.aCaseworker(orgA).build();
        assertHiddenFrom(caseworker, participantA);

        HttpResponse<Map<String, Object>> assigned = api.post(assignmentsOf(participantA),
                Map.of("caseworkerId", caseworker.id()), tokenOf(admin));

        assertEquals(201, assigned.code(), () -> "assign: " + assigned.getBody());
        assertEquals(caseworker.id(), body(assigned).get("caseworkerId"));
        assertEquals(200, getParticipant(caseworker, participantA).code());
        assertEquals(Set.of(participantA.id()), caseloadIds(caseworker));
    }

    @Test
    void endingAnAssignmentHidesTheParticipantFromTheCaseworker() {
        UserAccount admin = people.anAdmin(orgA).build();
        UserAccount caseworker = people.aCaseworker(orgA).build();
        CaseAssignment assignment = people.assign(caseworker, participantA);

        HttpResponse<Map<String, Object>> ended = api.post(
                assignmentsOf(participantA) + "/" + assignment.id() + "/end", Map.of(), tokenOf(admin));

        assertEquals(204, ended.code());
        assertHiddenFrom(caseworker, participantA);
        assertEquals(Set.of(), caseloadIds(caseworker));
    }

    @Test
    void adminCannotAssignACaseworkerOfAnotherOrganisation() {
        UserAccount admin = people.anAdmin(orgA).build();
        UserAccount caseworkerB = people.aCaseworker(orgB).build();

        Map<String, Object> problem = assertProblem(api.post(assignmentsOf(participantA),
                Map.of("caseworkerId", caseworkerB.id()), tokenOf(admin)), 400);

        assertEquals(List.of("caseworkerId"), fieldsOf(problem));
        assertHiddenFrom(caseworkerB, participantA);
    }

    @Test
    void caseworkerCannotAssignCaseworkers() {
        UserAccount caseworker = people.aCaseworker(orgA).build();
        people.assign(caseworker, participantA);

        assertProblem(api.post(assignmentsOf(participantA), Map.of("caseworkerId", caseworker.id()),
                tokenOf(caseworker)), 403);
    }

    @Test
    void adminMatchesAMentorAndEndingTheMatchHidesTheParticipantAgain() {
        UserAccount admin = people.anAdmin(orgA).build();
        UserAccount mentor = people.aMentor(orgA).build();
        String adminToken = tokenOf(admin);

        HttpResponse<Map<String, Object>> matched = api.post(matchesOf(participantA),
                Map.of("mentorId", mentor.id()), adminToken);

        assertEquals(201, matched.code(), () -> "match: " + matched.getBody());
        assertEquals(200, getParticipant(mentor, participantA).code());
        assertEquals(Set.of(participantA.id()), caseloadIds(mentor));

        String matchId = (String) body(matched).get("id");
        HttpResponse<Map<String, Object>> ended = api.post(matchesOf(participantA) + "/" + matchId + "/end",
                Map.of(), adminToken);

        assertEquals(200, ended.code(), () -> "end: " + ended.getBody());
        assertHiddenFrom(mentor, participantA);
        assertEquals(Set.of(), caseloadIds(mentor));
    }

    @Test
    void adminOfAnotherOrganisationCannotMatchAMentor() {
        UserAccount adminB = people.anAdmin(orgB).build();
        UserAccount mentorB = people.aMentor(orgB).build();
        long before = database.count("mentor_matches");

        assertProblem(api.post(matchesOf(participantA), Map.of("mentorId", mentorB.id()), tokenOf(adminB)), 404);
        assertEquals(before, database.count("mentor_matches"));
    }

    @Test
    void adminInvitesACaseworker() {
        UserAccount admin = people.anAdmin(orgA).build();

        HttpResponse<Map<String, Object>> response = api.post("/api/v1/invitations",
                Map.of("role", "CASEWORKER", "displayName", "Dana", "username", "dana.k"), tokenOf(admin));

        assertEquals(201, response.code(), () -> "invite: " + response.getBody());
        assertEquals("CASEWORKER", body(response).get("role"));
    }

    @Test
    void caseworkerCannotInviteACaseworker() {
        UserAccount caseworker = people.aCaseworker(orgA).build();
        long before = database.count("users");

        assertProblem(api.post("/api/v1/invitations",
                Map.of("role", "CASEWORKER", "displayName", "Dana", "username", "dana.k"), tokenOf(caseworker)), 403);
        assertEquals(before, database.count("users"));
    }

    @Test
    void participantCannotInviteAnyone() {
        assertProblem(api.post("/api/v1/invitations",
                Map.of("role", "PARTICIPANT", "displayName", "Sam", "username", "sam.k"), tokenOf(participantA)), 403);
    }

    // --- helpers -----------------------------------------------------------------------------

    /** 404, and the very same problem as for an id nobody has. */
    private void assertHiddenFrom(UserAccount caller, UserAccount participant) {
        Map<String, Object> problem = assertProblem(getParticipant(caller, participant), 404);
        assertEquals(notFoundForAnUnknownId(caller), problem, "indistinguishable from a participant that does not exist");
    }

    private Map<String, Object> notFoundForAnUnknownId(UserAccount caller) {
        return assertProblem(api.get("/api/v1/participants/" + Ids.newId(), tokenOf(caller)), 404);
    }

    private HttpResponse<Map<String, Object>> getParticipant(UserAccount caller, UserAccount participant) {
        return api.get("/api/v1/participants/" + participant.id(), tokenOf(caller));
    }

    private Set<String> caseloadIds(UserAccount caller) {
        return idsOf(api.get("/api/v1/participants", tokenOf(caller)));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> idsOf(HttpResponse<Map<String, Object>> page) {
        assertEquals(200, page.code(), () -> "list: " + page.getBody());
        return ((List<Map<String, Object>>) body(page).get("items")).stream()
                .map(item -> (String) item.get("id")).collect(Collectors.toSet());
    }

    private String tokenOf(UserAccount user) {
        return api.login(user.username(), People.PASSWORD);
    }

    private static String assignmentsOf(UserAccount participant) {
        return "/api/v1/participants/" + participant.id() + "/case-assignments";
    }

    private static String matchesOf(UserAccount participant) {
        return "/api/v1/participants/" + participant.id() + "/mentor-matches";
    }
}
