package org.homeward.tasks;

import jakarta.inject.Singleton;
import org.homeward.i18n.SupportedLanguage;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells a participant about a task someone set them, and reminds them on the morning it is due,
 * in the transaction of the change. The reminder follows the task: moved with its due date, gone
 * once it is done, skipped or deleted.
 */
@Singleton
public class TaskNotifications implements ReminderWriter {

    private final Outbox outbox;
    private final Reminders reminders;
    private final ReminderTimes times;
    private final Preferences preferences;
    private final NotificationTexts texts;
    private final ProfileService profiles;
    private final UserAccountRepository users;
    private final TaskRepository tasks;
    private final TaskTranslationRepository translations;
    private final TaskTemplateCatalogue catalogue;
    private final Clock clock;

    public TaskNotifications(Outbox outbox, Reminders reminders, ReminderTimes times, Preferences preferences,
                             NotificationTexts texts, ProfileService profiles, UserAccountRepository users,
                             TaskRepository tasks, TaskTranslationRepository translations,
                             TaskTemplateCatalogue catalogue, Clock clock) {
        this.outbox = outbox;
        this.reminders = reminders;
        this.times = times;
        this.preferences = preferences;
        this.texts = texts;
        this.profiles = profiles;
        this.users = users;
        this.tasks = tasks;
        this.translations = translations;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** A task someone else set: the participant hears of it. Their own tasks they know about. */
    void created(Task task, UserAccount participant) {
        if (!task.createdBy().equals(participant.id())) {
            outbox.send(draft("task.assigned", task, participant));
        }
        planReminder(task);
    }

    /** After any change of status or due date: the reminder matches the task as it is now. */
    void planReminder(Task task) {
        Subject subject = subject(task);
        if (task.status() != TaskStatus.OPEN || task.dueDate() == null || task.deletedAt() != null) {
            reminders.withdraw(subject);
            return;
        }
        users.findById(task.participantId()).ifPresent(participant -> reminders.replace(subject, participant.id(),
                times.onDueDate(task.dueDate(), ZoneId.of(participant.timeZone()), preferences.of(participant.id()),
                        clock.instant()).stream().toList()));
    }

    /** Plans again from the participant's current preferences (quiet hours changed, say). */
    @Override
    public void replanFor(String participantId) {
        tasks.findByParticipantIdAndStatusAndDeletedAtIsNullAndDueDateGreaterThanEquals(participantId, TaskStatus.OPEN,
                LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC")).minusDays(1)).forEach(this::planReminder);
    }

    @Override
    public String subjectType() {
        return Subject.TASK;
    }

    @Override
    public Map<String, NotificationDraft> draftsFor(List<Reminder> due) {
        Map<String, Task> byId = tasks.findByIdInList(due.stream().map(Reminder::subjectId).distinct().toList())
                .stream().collect(Collectors.toMap(Task::id, Function.identity()));
        Map<String, UserAccount> people = users.findByIdInList(due.stream().map(Reminder::userId).distinct().toList())
                .stream().collect(Collectors.toMap(UserAccount::id, Function.identity()));
        Map<String, NotificationDraft> drafts = new HashMap<>();
        for (Reminder reminder : due) {
            Task task = byId.get(reminder.subjectId());
            UserAccount person = people.get(reminder.userId());
            if (task != null && person != null && task.status() == TaskStatus.OPEN && task.deletedAt() == null) {
                drafts.put(reminder.id(), draft("task.reminder", task, person));
            }
        }
        return drafts;
    }

    private NotificationDraft draft(String key, Task task, UserAccount participant) {
        SupportedLanguage language = profiles.readerLanguage(participant);
        return texts.draft(participant.id(), language.locale(), key, subject(task),
                Map.of("title", titleIn(task, language)), false);
    }

    /** The title the participant reads: the template's in their language, or a translation, or the original. */
    private String titleIn(Task task, SupportedLanguage language) {
        if (task.isFromTemplate()) {
            return catalogue.find(task.templateKey()).map(template -> catalogue.textOf(template, language).title())
                    .orElse(task.templateKey());
        }
        if (language.tag().equals(task.textLanguage())) {
            return task.title();
        }
        return translations.findByTaskIdAndLanguage(task.id(), language.tag()).map(TaskTranslation::title)
                .orElse(task.title());
    }

    private static Subject subject(Task task) {
        return new Subject(Subject.TASK, task.id());
    }
}
