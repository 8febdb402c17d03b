package org.homeward.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A free-text task put into another language by its author or someone who supports the participant. */
@MappedEntity("task_translations")
public record TaskTranslation(
        @Id String id,
        String taskId,
        String language,
        String organisationId,
        String title,
        @Nullable String steps,
        @Nullable String whatToBring,
        String translatedBy,
        Instant createdAt) {
}
