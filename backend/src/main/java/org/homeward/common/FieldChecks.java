package org.homeward.common;

import java.util.List;
import java.util.Map;

/** Small checks that services share when they collect every field problem before refusing. */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** The text without surrounding spaces, or null when nothing was typed. */
    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public static void checkLength(List<FieldProblem> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "text.tooLong", Map.of("max", max)));
        }
    }

    /** Refuses with every problem found, or does nothing when there are none. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(ProblemKind.INVALID, "problem.invalid", Map.of(), List.copyOf(problems));
        }
    }
}
