package org.homeward.tasks;

import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;

import java.util.List;
import java.util.Map;

/** Limits on what people type into tasks, so one screen of a cheap phone still shows it. */
final class TaskTexts {

    static final int TITLE_MAX = 200;
    static final int STEP_MAX = 200;
    static final int STEPS_MAX = 10;
    static final int BRING_MAX = 500;
    static final int REASON_MAX = 500;

    private TaskTexts() {
    }

    static String joinSteps(List<String> steps) {
        if (steps == null) {
            return null;
        }
        List<String> kept = steps.stream().filter(step -> step != null && !step.isBlank()).map(String::trim).toList();
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    static List<String> splitSteps(String steps) {
        return steps == null || steps.isBlank() ? List.of() : List.of(steps.split("\n"));
    }

    static void checkSteps(List<FieldProblem> problems, List<String> steps) {
        if (steps == null) {
            return;
        }
        if (steps.size() > STEPS_MAX) {
            problems.add(new FieldProblem("steps", "task.tooManySteps", Map.of("max", STEPS_MAX)));
        }
        for (String step : steps) {
            FieldChecks.checkLength(problems, "steps", step, STEP_MAX);
        }
    }
}
