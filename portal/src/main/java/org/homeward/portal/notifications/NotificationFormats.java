package org.homeward.portal.notifications;

import com.vaadin.flow.component.UI;
import org.homeward.portal.day.DayFormats;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments of notifications on the reader's wall clock, in their language. */
final class NotificationFormats {

    private NotificationFormats() {
    }

    /** The person's saved zone; a zone the server does not know falls back to UTC rather than failing the page. */
    static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneId.of("UTC");
        }
    }

    /** In full ("Tuesday, 3 March 2026, 09:00"), for lists people read. */
    static String inFull(Instant at, ZoneId zone) {
        return DayFormats.dateTime(LocalDateTime.ofInstant(at, zone));
    }

    /** Compact ("3 Mar 2026, 09:00"), for grids. */
    static String compact(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(LocalDateTime.ofInstant(at, zone));
    }

    static String date(Instant at, ZoneId zone) {
        return DayFormats.date(LocalDateTime.ofInstant(at, zone).toLocalDate());
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
