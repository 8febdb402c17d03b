package org.homeward.portal.help;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.micronaut.core.annotation.Nullable;
import org.homeward.help.HelpCategory;
import org.homeward.portal.i18n.Moments;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments, months, numbers and icons of help requests, as the reader writes them. */
final class HelpFormats {

    private HelpFormats() {
    }


    /** "3 Mar 2026, 14:05" on the reader's wall clock. */
    static String when(Instant at, ZoneId zone) {
        return Moments.compact(at, zone);
    }

    /** "November 2026" from "2026-11". */
    static String month(String yearMonth) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", Moments.locale()).format(YearMonth.parse(yearMonth));
    }

    /** Minutes with at most one decimal; a dash when there is nothing to measure. */
    static String minutes(@Nullable Double minutes) {
        if (minutes == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Moments.locale());
        format.setMaximumFractionDigits(1);
        return format.format(minutes);
    }

    static VaadinIcon icon(@Nullable HelpCategory category) {
        if (category == null) {
            return VaadinIcon.LIFEBUOY;
        }
        return switch (category) {
            case SOMEWHERE_TO_SLEEP -> VaadinIcon.BED;
            case MONEY_OR_FOOD -> VaadinIcon.CUTLERY;
            case HEALTH -> VaadinIcon.DOCTOR;
            case FEELING_UNSAFE -> VaadinIcon.SHIELD;
            case SOMEONE_PRESSURING_ME -> VaadinIcon.HAND;
            case LEGAL_OR_PAPERS -> VaadinIcon.FILE_TEXT_O;
            case APPOINTMENT_PROBLEM -> VaadinIcon.CALENDAR_CLOCK;
            case OTHER -> VaadinIcon.QUESTION_CIRCLE_O;
        };
    }

}
