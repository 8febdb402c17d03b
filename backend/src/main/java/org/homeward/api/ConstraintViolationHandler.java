package org.homeward.api;

import io.micronaut.context.annotation.Replaces;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.homeward.common.FieldProblem;
import org.homeward.common.ProblemKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation failures become field errors. The message comes from the {@code api} bundle,
 * keyed by the constraint ({@code validation.NotBlank}), so it is in the caller's language.
 */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final Problems problems;

    public ConstraintViolationHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldProblem> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            Map<String, Object> arguments = new HashMap<>();
            violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
                if (value instanceof Number || value instanceof String) {
                    arguments.put(name, value);
                }
            });
            fields.add(new FieldProblem(jsonName(violation.getLeafBean(), fieldName(violation.getPropertyPath())),
                    "validation." + constraint, arguments));
        }
        fields.sort(Comparator.comparing(FieldProblem::field));
        return problems.response(request, ProblemKind.INVALID, "problem.invalid", Map.of(), fields);
    }

    /** The name the field has in JSON ({@code refresh_token}), where it differs from the Java name. */
    private static String jsonName(Object leafBean, String javaName) {
        if (leafBean == null || javaName.contains(".")) {
            return javaName;
        }
        try {
            JsonProperty property = leafBean.getClass().getDeclaredField(javaName).getAnnotation(JsonProperty.class);
            return property == null || property.value().isEmpty() ? javaName : property.value();
        } catch (NoSuchFieldException notAField) {
            return javaName;
        }
    }

    /**
     * {@code login.request.username} names the {@code username} field of the body;
     * {@code list.limit} names the {@code limit} parameter.
     */
    private static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getName() != null) {
                names.add(node.getName());
            }
        }
        if (names.size() <= 1) {
            return "body";
        }
        if (names.size() == 2) {
            return names.get(1);
        }
        return String.join(".", names.subList(2, names.size()));
    }
}
