package org.homeward.notifications.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.push.outbox.Notification;

import java.time.Instant;

/** A notification in full, for the app to show after unlock. */
@Serdeable
public record NotificationView(String id, String kind, @Nullable String subjectType, @Nullable String subjectId,
                               String title, String body, boolean urgent, Instant at, boolean read) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id(), notification.kind(), notification.subjectType(),
                notification.subjectId(), notification.title(), notification.body(), notification.urgent(),
                notification.due(), notification.isRead());
    }
}
