package org.homeward.notifications.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.push.preferences.NotificationPreferences;

/**
 * {@code detailed}: show what a notification is about on the lock screen (off: a neutral text).
 * Quiet hours as "HH:mm" in the person's own time zone; reminders due in them wait until they end.
 */
@Serdeable
public record PreferencesView(@Nullable Boolean detailed, @Nullable String quietFrom, @Nullable String quietUntil) {

    static PreferencesView of(NotificationPreferences preferences) {
        return new PreferencesView(preferences.detailed(), preferences.quietFrom().toString(),
                preferences.quietUntil().toString());
    }
}
