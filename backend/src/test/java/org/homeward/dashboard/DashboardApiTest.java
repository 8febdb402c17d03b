package org.homeward.dashboard;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.support.ApiTestSupport;
import org.homeward.support.People;
import org.homeward.support.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.homeward.support.Plans.aTemplateTask;
import static org.homeward.support.Plans.anAppointment;
import static org.homeward.support.Plans.items;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The caseworker's caseload ordered by need, from what the participants share with them; each
 * look is on the participants' trails once a day, not once per refresh.
 */
@MicronautTest(transactional = false)
class DashboardApiTest extends ApiTestSupport {

    private static final String DASHBOARD = "/api/v1/dashboard?limit=200";

    Organisation organisation;
    UserAccount caseworker;

    @BeforeEach
    void setUp() {
        organisation = people.anOrganisation();
        caseworker = people.aCaseworker(organisation).called("Casey").build();
    }


    @Test
    void theCaseloadIsOrderedByNeed() {
        UserAccount quiet = assigned(people.aParticipant(organisation).called("Adam"));
        UserAccount releasedSoon = assigned(people.aParticipant(organisation).called("Bea")
                .releasedOn(LocalDate.now().plusDays(10)));
        UserAccount overdue = assigned(people.aParticipant(organisation).called("Carl"));
        UserAccount missed = assigned(people.aParticipant(organisation).called("Dana"));
        UserAccount askedForHelp = assigned(people.aParticipant(organisation).called("Emil"));
        clock.freezeAt(Instant.now());
        plans.task(caseworker, overdue, aTemplateTask("job-centre").due(LocalDate.now(clock)));
        Map<String, Object> appointment = plans.appointment(caseworker, missed,
                anAppointment("PROBATION", clock.instant().plus(Duration.ofHours(2))));
        assertEquals(201, api.post("/api/v1/me/help-requests", Map.of(), plans.tokenOf(askedForHelp)).code());
        clock.advance(Duration.ofDays(2));
        plans.outcome(caseworker, (String) appointment.get("id"), "MISSED");

        List<Map<String, Object>> rows = items(api.get(DASHBOARD, plans.tokenOf(caseworker)));

        assertEquals(List.of("Emil", "Dana", "Carl", "Bea", "Adam"),
                rows.stream().map(row -> row.get("displayName")).toList());
        assertEquals(1, rows.get(0).get("openHelp"));
        assertEquals(Map.of("PROBATION", 1), rows.get(1).get("missedAppointments"));
        assertEquals(1, rows.get(2).get("overdueTasks"));
        assertEquals(LocalDate.now().plusDays(10).toString(), rows.get(3).get("releaseDate"));
        assertEquals(releasedSoon.id(), rows.get(3).get("participantId"));
        assertEquals(quiet.id(), rows.get(4).get("participantId"));
    }

    @Test
    void aMentorsConcernComesBeforeMissedAppointmentsAndARecentCheckInClearsNoContact() {
        UserAccount missed = assigned(people.aParticipant(organisation).called("Ana"));
        UserAccount worried = assigned(people.aParticipant(organisation).called("Ben"));
        UserAccount mentor = people.aMentor(organisation).called("Maya").build();
        people.match(mentor, worried);
        clock.freezeAt(Instant.now());
        Map<String, Object> appointment = plans.appointment(caseworker, missed,
                anAppointment("MEDICAL", clock.instant().plus(Duration.ofHours(2))));
        clock.advance(Duration.ofDays(1));
        plans.outcome(caseworker, (String) appointment.get("id"), "MISSED");
        Map<String, Object> checkIn = Map.of("mode", "PHONE", "durationMinutes", 20, "mood", 2,
                "domains", List.of("HOUSING"), "inControl", "NO",
                "concern", Map.of("kind", "HOUSING_LOSS", "details", "The landlord wants the room back on Friday"));
        assertEquals(201, api.post("/api/v1/participants/" + worried.id() + "/check-ins", checkIn,
                plans.tokenOf(mentor)).code());

        List<Map<String, Object>> rows = items(api.get(DASHBOARD, plans.tokenOf(caseworker)));

        assertEquals(List.of("Ben", "Ana"), rows.stream().map(row -> row.get("displayName")).toList());
        assertEquals(1, rows.get(0).get("openConcerns"));
        assertEquals(false, rows.get(0).get("noRecentContact"));
        assertEquals(0, rows.get(0).get("daysSinceContact"));
        assertEquals(true, rows.get(1).get("noRecentContact"), "never checked in with");
    }

    @Test
    void whatIsNotSharedWithTheCaseworkerStaysOffTheirDashboard() {
        UserAccount participant = assigned(people.aParticipant(organisation).called("Ana"));
        clock.freezeAt(Instant.now());
        plans.task(caseworker, participant, aTemplateTask("job-centre").due(LocalDate.now(clock)));
        clock.advance(Duration.ofDays(2));
        Map<String, Object> choices = new HashMap<>(Map.of("tasks", false, "appointments", "NONE", "goals", true,
                "checkInNotes", true, "helpRequests", true, "crisisContacts", true));
        assertEquals(200, api.put("/api/v1/me/sharing/" + caseworker.id(), choices, plans.tokenOf(participant)).code());

        Map<String, Object> row = items(api.get(DASHBOARD, plans.tokenOf(caseworker))).get(0);

        assertNull(row.get("overdueTasks"));
        assertNull(row.get("missedAppointments"));
    }

    @Test
    void onlyTheCaseworkersOwnParticipantsAndOnlyCaseworkers() {
        assigned(people.aParticipant(organisation).called("Ana"));
        UserAccount colleague = people.aCaseworker(organisation).build();
        UserAccount mentor = people.aMentor(organisation).build();
        UserAccount admin = people.anAdmin(organisation).build();
        UserAccount participant = people.aParticipant(organisation).build();

        assertEquals(0, items(api.get(DASHBOARD, plans.tokenOf(colleague))).size());
        for (UserAccount other : List.of(mentor, admin, participant)) {
            assertProblem(api.get(DASHBOARD, plans.tokenOf(other)), 403);
        }
        assertProblem(api.get(DASHBOARD, null), 401);
    }

    @Test
    void eachParticipantOnTheDashboardIsOnTheirTrailOnceADay() {
        assigned(people.aParticipant(organisation).called("Ana"));
        assigned(people.aParticipant(organisation).called("Ben"));
        api.get(DASHBOARD, plans.tokenOf(caseworker));
        api.get(DASHBOARD, plans.tokenOf(caseworker));
        assertEquals(2, database.count("access_log"));
    }

    private UserAccount assigned(People.Builder participant) {
        UserAccount built = participant.build();
        people.assign(caseworker, built);
        return built;
    }
}
