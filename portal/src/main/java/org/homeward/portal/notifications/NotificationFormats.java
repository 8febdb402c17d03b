package org.homeward.portal.notifications;

import org.homeward.portal.day.DayFormats;
import org.homeward.portal.i18n.Moments;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Moments of notifications on the reader's wall clock, in their language. */
final class NotificationFormats {

    private NotificationFormats() {
    }


    /** In full ("Tuesday, 3 March 2026, 09:00"), for lists people read. */
    static String inFull(Instant at, ZoneId zone) {
        return DayFormats.dateTime(LocalDateTime.ofInstant(at, zone));
    }

    /** Compact ("3 Mar 2026, 09:00"), for grids. */
    static String compact(Instant at, ZoneId zone) {
        return Moments.compact(at, zone);
    }

    static String date(Instant at, ZoneId zone) {
        return DayFormats.date(LocalDateTime.ofInstant(at, zone).toLocalDate());
    }

}
