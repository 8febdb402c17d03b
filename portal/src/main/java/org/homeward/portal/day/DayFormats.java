package org.homeward.portal.day;

import com.vaadin.flow.component.UI;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and names of languages as the reader writes them, in their language. */
public final class DayFormats {

    private DayFormats() {
    }

    public static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return DateTimeFormatter.ofPattern(
                java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.FULL, FormatStyle.SHORT,
                        java.time.chrono.IsoChronology.INSTANCE, locale()), locale()).format(dateTime);
    }

    public static String time(LocalDateTime dateTime) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(dateTime);
    }

    /** A language's name in the reader's language ({@code ro} reads "Romanian" in English, "rumano" in Spanish). */
    public static String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale());
        return name.isEmpty() ? tag : name;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
