package org.homeward.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.common.LifeDomain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task as one reader sees it: {@code text} in their language where Homeward has it. For free text
 * written in another language, {@code original} carries the author's words and
 * {@code notYetTranslated} says that nobody has translated them yet.
 */
@Serdeable
public record TaskView(
        String id,
        String participantId,
        LifeDomain domain,
        String icon,
        @Nullable String templateKey,
        TaskText text,
        @Nullable TaskText original,
        boolean notYetTranslated,
        @Nullable LocalDate dueDate,
        TaskStatus status,
        @Nullable String skipReason,
        Instant updatedAt,
        boolean deleted) {
}
