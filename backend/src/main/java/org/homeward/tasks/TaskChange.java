package org.homeward.tasks;

import io.micronaut.core.annotation.Nullable;
import org.homeward.common.LifeDomain;

import java.time.LocalDate;
import java.util.List;

/** New values for a task; a template task keeps its template words and may change domain and due date. */
public record TaskChange(
        @Nullable LifeDomain domain,
        @Nullable String title,
        @Nullable List<String> steps,
        @Nullable String whatToBring,
        @Nullable LocalDate dueDate) {
}
