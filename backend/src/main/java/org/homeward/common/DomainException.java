package org.homeward.common;

import java.util.List;
import java.util.Map;

/**
 * A refusal the person can understand. It carries i18n keys, not text, so the API and the portal
 * each say it in the reader's language.
 */
public class DomainException extends RuntimeException {

    private final ProblemKind kind;
    private final String messageKey;
    private final Map<String, Object> arguments;
    private final List<FieldProblem> fieldProblems;

    public DomainException(ProblemKind kind, String messageKey) {
        this(kind, messageKey, Map.of(), List.of());
    }

    public DomainException(ProblemKind kind, String messageKey, Map<String, Object> arguments,
                           List<FieldProblem> fieldProblems) {
        super(messageKey, null, false, false);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.fieldProblems = fieldProblems;
    }

    public static DomainException notFound() {
        return new DomainException(ProblemKind.NOT_FOUND, "problem.notFound");
    }

    public static DomainException forbidden() {
        return new DomainException(ProblemKind.FORBIDDEN, "problem.forbidden");
    }

    public static DomainException invalidField(String field, String messageKey) {
        return invalidField(field, messageKey, Map.of());
    }

    public static DomainException invalidField(String field, String messageKey, Map<String, Object> arguments) {
        return new DomainException(ProblemKind.INVALID, "problem.invalid", Map.of(),
                List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public ProblemKind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
