package org.homeward.push.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What people were told, for the app's and the portal's notification lists, and what did not arrive. */
@Singleton
public class Inbox {

    private final NotificationRepository notifications;
    private final OutboxEntryRepository entries;
    private final Clock clock;

    public Inbox(NotificationRepository notifications, OutboxEntryRepository entries, Clock clock) {
        this.notifications = notifications;
        this.entries = entries;
        this.clock = clock;
    }

    /** The person's notifications that are due, newest first; withdrawn ones are left out. */
    @Transactional(readOnly = true)
    public List<Notification> of(String userId, int limit) {
        return notifications.inbox(userId, clock.millis(), limit);
    }

    @Transactional(readOnly = true)
    public long unread(String userId) {
        return notifications.unread(userId, clock.millis());
    }

    /** @return the notification, marked read; empty when it is not this person's */
    @Transactional
    public Optional<Notification> markRead(String userId, String notificationId) {
        return notifications.findByIdAndUserId(notificationId, userId).map(found -> {
            notifications.markRead(found.id(), clock.instant());
            return notifications.findById(found.id()).orElse(found);
        });
    }

    /** Messages that could not be delivered in the end, for the people given (a caseload). */
    @Transactional(readOnly = true)
    public List<OutboxEntry> failedFor(Collection<String> userIds, int limit) {
        return userIds.isEmpty() ? List.of() : entries.failedFor(userIds, limit);
    }
}
