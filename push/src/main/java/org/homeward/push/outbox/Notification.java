package org.homeward.push.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** What a person was told, in full and in their language: their inbox in the app and the portal. */
@MappedEntity("notifications")
public record Notification(
        @Id String id,
        String userId,
        String kind,
        @Nullable String subjectType,
        @Nullable String subjectId,
        String title,
        String body,
        boolean urgent,
        @Nullable String reminderId,
        long dueAt,
        Instant createdAt,
        @Nullable Instant readAt,
        @Nullable Instant withdrawnAt) {

    public Instant due() {
        return Instant.ofEpochMilli(dueAt);
    }

    public boolean isRead() {
        return readAt != null;
    }
}
