package org.homeward.support;

import io.micronaut.http.HttpResponse;
import org.homeward.people.UserAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.homeward.support.ApiClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fixture builders for a participant's plan, as the JSON the API takes
 * ({@code aTemplateTask("register-with-doctor").due(date)}, {@code anAppointment("MEDICAL", startsAt)}),
 * and the calls that store them, each asserting that the write succeeded. Signs people in once per test.
 */
public final class Plans {

    private final ApiClient api;
    private final Map<String, String> tokens = new HashMap<>();

    public Plans(ApiClient api) {
        this.api = api;
    }

    // --- bodies ------------------------------------------------------------------------------

    public static Body aTemplateTask(String templateKey) {
        return new Body().with("templateKey", templateKey);
    }

    /** A free-text task in the HOUSING domain unless {@link Body#in(String)} says otherwise. */
    public static Body aFreeTextTask(String title) {
        return new Body().with("domain", "HOUSING").with("title", title);
    }

    /** An appointment in the participant's own zone unless {@link Body#inZone(String)} says otherwise. */
    public static Body anAppointment(String category, Instant startsAt) {
        return new Body().with("category", category).with("startsAt", startsAt.toString());
    }

    /** A JSON body under construction; {@code with(field, null)} leaves the field out. */
    public static final class Body {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        public Body with(String field, Object value) {
            if (value == null) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
            return this;
        }

        public Body due(LocalDate date) {
            return with("dueDate", date.toString());
        }

        public Body in(String domain) {
            return with("domain", domain);
        }

        public Body steps(String... steps) {
            return with("steps", List.of(steps));
        }

        public Body inZone(String zone) {
            return with("timeZone", zone);
        }

        public Body at(String placeName) {
            return with("placeName", placeName);
        }

        public Body phone(String contactPhone) {
            return with("contactPhone", contactPhone);
        }

        public Map<String, Object> json() {
            return new LinkedHashMap<>(fields);
        }
    }

    // --- calls -------------------------------------------------------------------------------

    public String tokenOf(UserAccount user) {
        return tokens.computeIfAbsent(user.id(), id -> api.login(user.username(), People.PASSWORD));
    }

    /** A task on a participant's plan, written by {@code author} (the participant or a caseworker). */
    public Map<String, Object> task(UserAccount author, UserAccount participant, Body task) {
        return created(api.post(tasksOf(participant), task.json(), tokenOf(author)), "task");
    }

    /** A task the participant writes for themself. */
    public Map<String, Object> ownTask(UserAccount participant, Body task) {
        return created(api.post("/api/v1/me/tasks", task.json(), tokenOf(participant)), "own task");
    }

    public Map<String, Object> appointment(UserAccount caseworker, UserAccount participant, Body appointment) {
        return created(api.post(appointmentsOf(participant), appointment.json(), tokenOf(caseworker)),
                "appointment");
    }

    /** Records an outcome that must be accepted. */
    public Map<String, Object> outcome(UserAccount caseworker, String appointmentId, String outcome) {
        HttpResponse<Map<String, Object>> response = api.post("/api/v1/appointments/" + appointmentId + "/outcome",
                Map.of("outcome", outcome), tokenOf(caseworker));
        assertEquals(200, response.code(), () -> "outcome " + outcome + ": " + response.getBody());
        return body(response);
    }

    public static String tasksOf(UserAccount participant) {
        return "/api/v1/participants/" + participant.id() + "/tasks";
    }

    public static String appointmentsOf(UserAccount participant) {
        return "/api/v1/participants/" + participant.id() + "/appointments";
    }

    public static String taskPath(Map<String, Object> task) {
        return "/api/v1/tasks/" + task.get("id");
    }

    public static String appointmentPath(Map<String, Object> appointment) {
        return "/api/v1/appointments/" + appointment.get("id");
    }

    /** The {@code items} of a list page (or another list member of a body), asserting a 200. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(HttpResponse<Map<String, Object>> response, String member) {
        assertEquals(200, response.code(), () -> "list: " + response.getBody());
        return (List<Map<String, Object>>) body(response).get(member);
    }

    public static List<Map<String, Object>> items(HttpResponse<Map<String, Object>> response) {
        return items(response, "items");
    }

    public static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("id")).toList();
    }

    private static Map<String, Object> created(HttpResponse<Map<String, Object>> response, String what) {
        assertEquals(201, response.code(), () -> what + ": " + response.getBody());
        return body(response);
    }
}
