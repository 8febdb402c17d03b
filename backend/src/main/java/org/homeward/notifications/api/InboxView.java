package org.homeward.notifications.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The newest notifications first, and how many are unread. */
@Serdeable
public record InboxView(List<NotificationView> items, long unread) {
}
