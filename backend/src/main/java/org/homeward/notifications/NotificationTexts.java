package org.homeward.notifications;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Singleton;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.push.NotificationDraft;
import org.homeward.push.Subject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

/**
 * The words of notifications, from the notifications bundle, in the recipient's language, with days
 * and times as their wall clock shows them.
 */
@Singleton
public class NotificationTexts {

    private final Messages messages;

    public NotificationTexts(Messages messages) {
        this.messages = messages;
    }

    /** A draft whose title and body are {@code key.title} and {@code key.body}. */
    public NotificationDraft draft(String userId, Locale language, String key, Subject subject,
                                   Map<String, ?> arguments, boolean urgent) {
        return new NotificationDraft(userId, language, key, subject,
                messages.format(Bundle.NOTIFICATIONS, language, key + ".title", arguments),
                messages.format(Bundle.NOTIFICATIONS, language, key + ".body", arguments), urgent);
    }

    /** "today", "tomorrow", or the date with its weekday, as seen at {@code now} in the zone. */
    public String day(Instant at, ZoneId zone, Locale language, Instant now) {
        LocalDate date = LocalDate.ofInstant(at, zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (date.equals(today)) {
            return messages.get(Bundle.NOTIFICATIONS, language, "day.today");
        }
        if (date.equals(today.plusDays(1))) {
            return messages.get(Bundle.NOTIFICATIONS, language, "day.tomorrow");
        }
        return format(DateFormat.getInstanceForSkeleton("EEEEdMMMM", ULocale.forLocale(language)), at, zone);
    }

    /** The time of day, in the language's own way (09:00, 9:00 AM, ...). */
    public String time(Instant at, ZoneId zone, Locale language) {
        return format(DateFormat.getInstanceForSkeleton("jmm", ULocale.forLocale(language)), at, zone);
    }

    /** A word from the domain vocabulary (categories, outcomes, statuses), in the language. */
    public String text(Locale language, String key) {
        return messages.get(Bundle.TASKS, language, key);
    }

    public String format(Locale language, String key, Map<String, ?> arguments) {
        return messages.format(Bundle.TASKS, language, key, arguments);
    }

    private static String format(DateFormat format, Instant at, ZoneId zone) {
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(at));
    }
}
