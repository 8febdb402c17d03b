package org.homeward.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.homeward.common.FieldProblem;
import org.homeward.common.ProblemKind;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds RFC 7807 problem responses, with title, detail and field messages in the caller's language.
 * Nothing from an exception's own message reaches the body: no stack traces, SQL or class names.
 */
@Singleton
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private final Messages messages;
    private final RequestLocales locales;

    public Problems(Messages messages, RequestLocales locales) {
        this.messages = messages;
        this.locales = locales;
    }

    public MutableHttpResponse<Map<String, Object>> response(HttpRequest<?> request, ProblemKind kind,
                                                             String detailKey, Map<String, ?> arguments,
                                                             List<FieldProblem> fieldProblems) {
        return response(request, kind.httpStatus(), typeOf(kind.httpStatus()), detailKey, arguments, fieldProblems);
    }

    public MutableHttpResponse<Map<String, Object>> response(HttpRequest<?> request, int status, String type,
                                                             String detailKey, Map<String, ?> arguments,
                                                             List<FieldProblem> fieldProblems) {
        Locale locale = locales.of(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:homeward:problem:" + type);
        body.put("title", messages.get(Bundle.API, locale, "problem." + type + ".title"));
        body.put("status", status);
        body.put("detail", messages.format(Bundle.API, locale, detailKey, arguments));
        if (!fieldProblems.isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (FieldProblem problem : fieldProblems) {
                errors.add(Map.of("field", problem.field(),
                        "message", messages.format(Bundle.API, locale, problem.messageKey(), problem.arguments())));
            }
            body.put("errors", errors);
        }
        MutableHttpResponse<Map<String, Object>> response = HttpResponse.<Map<String, Object>>status(HttpStatus.valueOf(status))
                .body(body);
        response.contentType(PROBLEM_JSON);
        return response;
    }

    /** The problem type for a status that has no more specific story to tell. */
    public static String typeOf(int status) {
        return switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 411 -> "length-required";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-attempts";
            default -> status >= 500 ? "server-error" : "invalid-request";
        };
    }
}
