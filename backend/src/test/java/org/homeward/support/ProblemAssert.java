package org.homeward.support;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that a response is an RFC 7807 problem as the conventions describe it. */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    /** Asserts status, {@code application/problem+json}, a {@code type}, a {@code title} and a {@code status}; returns the body. */
    public static Map<String, Object> assertProblem(HttpResponse<Map<String, Object>> response, int status) {
        Map<String, Object> body = response.getBody().orElse(null);
        assertEquals(status, response.code(), () -> "status; body was " + body);
        assertEquals("application/problem+json",
                response.getContentType().map(MediaType::getName).orElse(null),
                () -> "content type; body was " + body);
        assertTrue(body != null, "a problem body");
        assertEquals(status, ((Number) body.get("status")).intValue(), "status in the body");
        assertInstanceOf(String.class, body.get("title"), () -> "title in " + body);
        assertFalse(((String) body.get("title")).isBlank(), "title is not blank");
        assertInstanceOf(String.class, body.get("type"), () -> "type in " + body);
        return body;
    }

    /** The {@code field} of each entry of the problem's {@code errors}, empty when there are none. */
    @SuppressWarnings("unchecked")
    public static List<String> fieldsOf(Map<String, Object> problem) {
        Object errors = problem.get("errors");
        if (errors == null) {
            return List.of();
        }
        return ((List<Map<String, Object>>) errors).stream().map(error -> (String) error.get("field")).toList();
    }

    /** Asserts a 400 problem whose {@code errors} name {@code field}; returns the body. */
    public static Map<String, Object> assertFieldProblem(HttpResponse<Map<String, Object>> response, String field) {
        Map<String, Object> body = assertProblem(response, 400);
        assertTrue(fieldsOf(body).contains(field), () -> "errors should name '" + field + "': " + body);
        return body;
    }
}
