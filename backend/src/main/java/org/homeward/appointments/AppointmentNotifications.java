package org.homeward.appointments;

import jakarta.inject.Singleton;
import org.homeward.notifications.NotificationTexts;
import org.homeward.notifications.ReminderWriter;
import org.homeward.people.ProfileService;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.push.NotificationDraft;
import org.homeward.push.Subject;
import org.homeward.push.outbox.Outbox;
import org.homeward.push.preferences.Preferences;
import org.homeward.push.reminders.Reminder;
import org.homeward.push.reminders.ReminderTimes;
import org.homeward.push.reminders.Reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells the participant when an appointment of theirs is booked, moved or cancelled, and keeps its
 * reminders in step, in the transaction of the change. Texts are in the participant's language;
 * the lock screen shows them only if the participant chose detailed notifications.
 */
@Singleton
public class AppointmentNotifications implements ReminderWriter {

    private final Outbox outbox;
    private final Reminders reminders;
    private final ReminderTimes times;
    private final Preferences preferences;
    private final NotificationTexts texts;
    private final ProfileService profiles;
    private final UserAccountRepository users;
    private final AppointmentRepository appointments;
    private final Clock clock;

    public AppointmentNotifications(Outbox outbox, Reminders reminders, ReminderTimes times, Preferences preferences,
                                    NotificationTexts texts, ProfileService profiles, UserAccountRepository users,
                                    AppointmentRepository appointments, Clock clock) {
        this.outbox = outbox;
        this.reminders = reminders;
        this.times = times;
        this.preferences = preferences;
        this.texts = texts;
        this.profiles = profiles;
        this.users = users;
        this.appointments = appointments;
        this.clock = clock;
    }

    void booked(Appointment appointment, UserAccount participant) {
        outbox.send(draft("appointment.booked", appointment, participant, clock.instant()));
        planReminders(appointment, participant);
    }

    void changed(Appointment before, Appointment after, UserAccount participant) {
        if (!before.startsAt().equals(after.startsAt()) || !Objects.equals(before.placeName(), after.placeName())
                || !Objects.equals(before.address(), after.address())) {
            outbox.send(draft("appointment.changed", after, participant, clock.instant()));
        }
        planReminders(after, participant);
    }

    void cancelled(Appointment appointment, UserAccount participant) {
        reminders.withdraw(subject(appointment));
        if (appointment.startsAt().isAfter(clock.instant())) {
            outbox.send(draft("appointment.cancelled", appointment, participant, clock.instant()));
        }
    }


    /** Attended, missed or moved to another appointment: nothing more to remind about. */
    void concluded(Appointment appointment) {
        reminders.withdraw(subject(appointment));
    }

    /**
     * Plans again from the person's current preferences (quiet hours changed, say): their own
     * appointments as a participant, and the mentor meetings they booked as a mentor.
     */
    @Override
    public void replanFor(String userId) {
        users.findById(userId).ifPresent(participant -> appointments
                .findByParticipantIdAndDeletedAtIsNullAndStartsAtGreaterThanEqualsOrderByStartsAt(userId,
                        clock.instant())
                .stream().filter(appointment -> appointment.status() == AppointmentStatus.BOOKED)
                .forEach(appointment -> planReminders(appointment, participant)));
        appointments.findByCreatedByAndCategoryAndStatusAndDeletedAtIsNullAndStartsAtGreaterThanEquals(userId,
                        AppointmentCategory.MENTOR_MEETING, AppointmentStatus.BOOKED, clock.instant())
                .forEach(meeting -> remind(meeting, userId));
    }

    /** The participant, and for a mentor meeting the mentor who booked it, each by their own preferences. */
    private void planReminders(Appointment appointment, UserAccount participant) {
        remind(appointment, participant.id());
        if (appointment.category() == AppointmentCategory.MENTOR_MEETING
                && !appointment.createdBy().equals(participant.id())) {
            remind(appointment, appointment.createdBy());
        }
    }

    private void remind(Appointment appointment, String userId) {
        reminders.replace(subject(appointment), userId, times.beforeAppointment(appointment.startsAt(),
                ZoneId.of(appointment.timeZone()), preferences.of(userId), clock.instant()));
    }

    @Override
    public String subjectType() {
        return Subject.APPOINTMENT;
    }

    @Override
    public Map<String, NotificationDraft> draftsFor(List<Reminder> due) {
        Instant now = clock.instant();
        Map<String, Appointment> byId = appointments.findByIdInList(due.stream().map(Reminder::subjectId)
                .distinct().toList()).stream().collect(Collectors.toMap(Appointment::id, Function.identity()));
        Map<String, UserAccount> people = users.findByIdInList(due.stream().map(Reminder::userId).distinct().toList())
                .stream().collect(Collectors.toMap(UserAccount::id, Function.identity()));
        Map<String, NotificationDraft> drafts = new HashMap<>();
        for (Reminder reminder : due) {
            Appointment appointment = byId.get(reminder.subjectId());
            UserAccount person = people.get(reminder.userId());
            if (appointment != null && person != null && appointment.deletedAt() == null
                    && appointment.status() == AppointmentStatus.BOOKED && appointment.startsAt().isAfter(now)) {
                // The day is said as it will be when the reminder arrives ("tomorrow"), not as it is now.
                Instant shownAt = reminder.due().isAfter(now) ? reminder.due() : now;
                drafts.put(reminder.id(), draft("appointment.reminder", appointment, person, shownAt));
            }
        }
        return drafts;
    }

    private NotificationDraft draft(String key, Appointment appointment, UserAccount participant, Instant shownAt) {
        Locale language = profiles.readerLanguage(participant).locale();
        ZoneId zone = ZoneId.of(appointment.timeZone());
        Map<String, Object> arguments = Map.of(
                "category", texts.text(language, "appointmentCategory." + appointment.category().name()),
                "day", texts.day(appointment.startsAt(), zone, language, shownAt),
                "time", texts.time(appointment.startsAt(), zone, language),
                "place", appointment.placeName() == null || appointment.placeName().isBlank() ? "none"
                        : appointment.placeName());
        return texts.draft(participant.id(), language, key, subject(appointment), arguments, false);
    }

    private static Subject subject(Appointment appointment) {
        return new Subject(Subject.APPOINTMENT, appointment.id());
    }
}
