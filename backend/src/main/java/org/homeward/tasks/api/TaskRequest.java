package org.homeward.tasks.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.common.LifeDomain;
import org.homeward.tasks.NewTask;
import org.homeward.tasks.TaskChange;

import java.time.LocalDate;
import java.util.List;

/** A task from a template ({@code templateKey}) or in free text ({@code domain}, {@code title}). */
@Serdeable
public record TaskRequest(
        @Nullable String templateKey,
        @Nullable LifeDomain domain,
        @Nullable String title,
        @Nullable List<String> steps,
        @Nullable String whatToBring,
        @Nullable LocalDate dueDate) {

    NewTask toNewTask() {
        return new NewTask(templateKey, domain, title, steps, whatToBring, dueDate);
    }

    TaskChange toChange() {
        return new TaskChange(domain, title, steps, whatToBring, dueDate);
    }
}
