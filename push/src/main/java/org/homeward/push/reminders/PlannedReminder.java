package org.homeward.push.reminders;

import java.time.Instant;

/** One reminder to plan: its kind (for the text) and when it should arrive. */
public record PlannedReminder(String kind, Instant dueAt) {
}
