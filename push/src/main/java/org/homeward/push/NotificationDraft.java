package org.homeward.push;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * A notification for one person, with its full text already in their language. The lock screen
 * shows this text only when the person chose detailed notifications; otherwise a neutral one.
 *
 * @param urgent sent at once and with high priority, quiet hours or not (help requests, not reminders)
 */
public record NotificationDraft(String userId, Locale language, String kind, @Nullable Subject subject,
                                String title, String body, boolean urgent) {
}
