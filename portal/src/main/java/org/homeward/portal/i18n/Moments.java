package org.homeward.portal.i18n;

import com.vaadin.flow.component.UI;
import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments on the reader's wall clock, in the language of the page. */
public final class Moments {

    private Moments() {
    }

    /** The person's saved zone; a zone the server does not know falls back to UTC rather than failing the page. */
    public static ZoneId zone(@Nullable String timeZone) {
        try {
            return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneId.of("UTC");
        }
    }

    /** Compact ("3 Mar 2026, 09:00"), for lists and grids. */
    public static String compact(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(LocalDateTime.ofInstant(at, zone));
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
