package org.homeward.notifications;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * One message as it went (or will go) to one device: what the lock screen showed, to whom, and
 * what became of it. Times are epoch milliseconds, as in the outbox.
 */
@Introspected
public record SentNotification(
        long id,
        String userId,
        String recipientName,
        String kind,
        String title,
        String body,
        String status,
        int attempts,
        long dueAt,
        @Nullable Long sentAt,
        @Nullable String lastError) {
}
