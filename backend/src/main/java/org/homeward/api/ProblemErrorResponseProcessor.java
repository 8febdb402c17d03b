package org.homeward.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import org.homeward.common.FieldProblem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every error the framework raises itself (unknown route, malformed JSON, wrong types, missing
 * authentication, unexpected failures) is answered as a localized RFC 7807 problem. The framework's
 * own messages are read only to find which field was wrong; they are never sent, since they can
 * name classes and internals.
 */
@Primary
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]+)\\]");
    private static final Pattern NAMED_PROPERTY = Pattern.compile("(?:property|parameter) \\[(?:[^\\]\\s]+ )?([^\\]\\s]+)\\]");
    private static final Pattern ENUM_VALUE = Pattern.compile("(?i)enum");

    private final Problems problems;

    public ProblemErrorResponseProcessor(Problems problems) {
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context,
                                                                    MutableHttpResponse<?> baseResponse) {
        int status = baseResponse.code();
        if (context.getRequest().getMethod().name().equals("HEAD")) {
            return (MutableHttpResponse<Map<String, Object>>) baseResponse;
        }
        String type = Problems.typeOf(status);
        List<FieldProblem> fields = status == HttpStatus.BAD_REQUEST.getCode() ? fieldProblems(context) : List.of();
        String detailKey = status == HttpStatus.BAD_REQUEST.getCode() && fields.isEmpty()
                ? "problem.malformed"
                : "problem." + type + ".detail";
        MutableHttpResponse<Map<String, Object>> problem = problems.response(context.getRequest(), status, type,
                detailKey, Map.of(), fields);
        baseResponse.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem;
    }

    private static List<FieldProblem> fieldProblems(ErrorContext context) {
        StringBuilder text = new StringBuilder();
        context.getErrors().forEach(error -> text.append(error.getMessage()).append('\n'));
        Optional<Throwable> cause = context.getRootCause();
        for (Throwable t = cause.orElse(null); t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        String all = text.toString();
        Matcher unknown = UNKNOWN_PROPERTY.matcher(all);
        if (unknown.find()) {
            return List.of(new FieldProblem(unknown.group(1), "validation.unknownField"));
        }
        for (Throwable t = cause.orElse(null); t != null; t = t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                // The JSON decoder knows which property it was reading; its message often does not say.
                List<ReferencePath> path = serde.getPath();
                boolean enumValue = path.get(path.size() - 1).getArgument().getType().isEnum();
                return List.of(new FieldProblem(jsonPath(path),
                        enumValue ? "validation.unknownValue" : "validation.wrongType"));
            }
        }
        Matcher named = NAMED_PROPERTY.matcher(all);
        if (named.find()) {
            String key = ENUM_VALUE.matcher(all).find() ? "validation.unknownValue" : "validation.wrongType";
            return List.of(new FieldProblem(named.group(1), key));
        }
        return List.of();
    }

    /** {@code items[2].dueDate}, with each property under the name it has in the JSON body. */
    private static String jsonPath(List<ReferencePath> path) {
        StringBuilder field = new StringBuilder();
        for (ReferencePath element : path) {
            if (element instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            if (element instanceof MapItemReferencePath entry) {
                field.append(entry.key());
            } else {
                Argument<?> property = element.getArgument();
                field.append(property.getAnnotationMetadata().stringValue(JsonProperty.class)
                        .filter(name -> !name.isBlank()).orElse(property.getName()));
            }
        }
        return field.toString();
    }
}
