package org.homeward.push.reminders;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.homeward.push.PushSettings;
import org.homeward.push.preferences.NotificationPreferences;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When reminders should arrive, in the person's own time zone. Whole days of an offset are counted
 * on the calendar ("24 hours before" a 09:00 appointment is 09:00 the day before, across a
 * daylight-saving change too); what is left is counted on the clock. Quiet hours hold a reminder
 * until they end, unless that is too late, when it comes just before they begin instead.
 */
@Singleton
public class ReminderTimes {

    public static final String APPOINTMENT_REMINDER = "appointment.reminder";
    public static final String TASK_REMINDER = "task.reminder";

    private final PushSettings settings;

    public ReminderTimes(PushSettings settings) {
        this.settings = settings;
    }

    public List<PlannedReminder> beforeAppointment(Instant start, ZoneId zone, NotificationPreferences preferences,
                                                   Instant now) {
        List<PlannedReminder> planned = new ArrayList<>();
        ZonedDateTime local = start.atZone(zone);
        for (Duration offset : settings.getAppointmentOffsets()) {
            long days = offset.toDays();
            ZonedDateTime at = local.minusDays(days).minus(offset.minusDays(days));
            Instant due = outsideQuietHours(at, preferences, start);
            if (due.isAfter(now) && due.isBefore(start)
                    && planned.stream().noneMatch(reminder -> reminder.dueAt().equals(due))) {
                planned.add(new PlannedReminder(APPOINTMENT_REMINDER, due));
            }
        }
        return planned;
    }

    /** The morning of the due date, at the configured time. */
    public Optional<PlannedReminder> onDueDate(LocalDate dueDate, ZoneId zone, NotificationPreferences preferences,
                                               Instant now) {
        ZonedDateTime at = dueDate.atTime(settings.getTaskReminderTime()).atZone(zone);
        Instant due = outsideQuietHours(at, preferences, null);
        return due.isAfter(now) ? Optional.of(new PlannedReminder(TASK_REMINDER, due)) : Optional.empty();
    }

    private static Instant outsideQuietHours(ZonedDateTime at, NotificationPreferences preferences,
                                             @Nullable Instant notAfter) {
        if (!preferences.isQuietAt(at.toLocalTime())) {
            return at.toInstant();
        }
        ZonedDateTime morning = at.with(preferences.quietUntil());
        if (!morning.isAfter(at)) {
            morning = morning.plusDays(1);
        }
        if (notAfter == null || morning.toInstant().isBefore(notAfter)) {
            return morning.toInstant();
        }
        // Held until morning it would come after the appointment: the evening before is better.
        ZonedDateTime evening = at.with(preferences.quietFrom());
        if (evening.isAfter(at)) {
            evening = evening.minusDays(1);
        }
        return evening.minusMinutes(1).toInstant();
    }
}
