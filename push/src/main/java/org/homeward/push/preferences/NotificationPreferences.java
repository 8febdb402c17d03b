package org.homeward.push.preferences;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalTime;

/**
 * How a person wants to be notified. Detailed texts on the lock screen only when they chose them;
 * quiet hours hold reminders until morning.
 */
@MappedEntity("notification_preferences")
public record NotificationPreferences(
        @Id String userId,
        boolean detailed,
        LocalTime quietFrom,
        LocalTime quietUntil,
        Instant updatedAt) {

    /** Whether a local time falls in the quiet hours (which may run over midnight). */
    public boolean isQuietAt(LocalTime time) {
        if (quietFrom.equals(quietUntil)) {
            return false;
        }
        return quietFrom.isBefore(quietUntil)
                ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }
}
