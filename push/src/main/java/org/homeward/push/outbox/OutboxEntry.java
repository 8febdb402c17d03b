package org.homeward.push.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One notification on its way to one device, with the lock-screen text already chosen. Times are
 * epoch milliseconds (see the migration).
 */
@MappedEntity("push_outbox")
public record OutboxEntry(
        @Id @GeneratedValue @Nullable Long id,
        String notificationId,
        String userId,
        String deviceId,
        String token,
        String title,
        String body,
        String data,
        boolean urgent,
        OutboxStatus status,
        int attempts,
        long dueAt,
        long firstDueAt,
        @Nullable Long sentAt,
        @Nullable String lastError) {
}
