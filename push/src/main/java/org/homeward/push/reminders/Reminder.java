package org.homeward.push.reminders;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A reminder planned for a person about a subject, due at an instant (epoch milliseconds). */
@MappedEntity("reminders")
public record Reminder(
        @Id String id,
        String userId,
        String kind,
        String subjectType,
        String subjectId,
        long dueAt,
        ReminderStatus status,
        Instant createdAt) {

    public Instant due() {
        return Instant.ofEpochMilli(dueAt);
    }
}
