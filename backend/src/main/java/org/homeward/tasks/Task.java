package org.homeward.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.homeward.common.LifeDomain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something the participant means to do. Either from the template catalogue ({@code templateKey},
 * shown in each reader's language) or free text written in {@code textLanguage}.
 */
@MappedEntity("tasks")
public record Task(
        @Id String id,
        String organisationId,
        String participantId,
        LifeDomain domain,
        @Nullable String templateKey,
        @Nullable String title,
        @Nullable String steps,
        @Nullable String whatToBring,
        @Nullable String textLanguage,
        @Nullable LocalDate dueDate,
        TaskStatus status,
        @Nullable String skipReason,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant completedAt,
        @Nullable Instant deletedAt) {

    public boolean isFromTemplate() {
        return templateKey != null;
    }

    Task done(Instant now) {
        return new Task(id, organisationId, participantId, domain, templateKey, title, steps, whatToBring,
                textLanguage, dueDate, TaskStatus.DONE, null, createdBy, createdAt, now, now, null);
    }

    Task skipped(String reason, Instant now) {
        return new Task(id, organisationId, participantId, domain, templateKey, title, steps, whatToBring,
                textLanguage, dueDate, TaskStatus.SKIPPED, reason, createdBy, createdAt, now, null, null);
    }

    Task reopened(Instant now) {
        return new Task(id, organisationId, participantId, domain, templateKey, title, steps, whatToBring,
                textLanguage, dueDate, TaskStatus.OPEN, null, createdBy, createdAt, now, null, null);
    }

    Task edited(LifeDomain newDomain, @Nullable String newTitle, @Nullable String newSteps,
                @Nullable String newWhatToBring, @Nullable LocalDate newDueDate, Instant now) {
        return new Task(id, organisationId, participantId, newDomain, templateKey, newTitle, newSteps, newWhatToBring,
                textLanguage, newDueDate, status, skipReason, createdBy, createdAt, now, completedAt, null);
    }

    Task deleted(Instant now) {
        return new Task(id, organisationId, participantId, domain, templateKey, title, steps, whatToBring,
                textLanguage, dueDate, status, skipReason, createdBy, createdAt, now, completedAt, now);
    }
}
