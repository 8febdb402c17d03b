package org.homeward.tasks;

import io.micronaut.core.annotation.Nullable;
import org.homeward.common.LifeDomain;

import java.time.LocalDate;
import java.util.List;

/** A task from a template ({@code templateKey}) or in free text ({@code domain} and {@code title}). */
public record NewTask(
        @Nullable String templateKey,
        @Nullable LifeDomain domain,
        @Nullable String title,
        @Nullable List<String> steps,
        @Nullable String whatToBring,
        @Nullable LocalDate dueDate) {
}
