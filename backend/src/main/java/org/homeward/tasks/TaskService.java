package org.homeward.tasks;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.audit.DataKind;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.common.DomainException;
import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;
import org.homeward.common.Ids;
import org.homeward.common.LifeDomain;
import org.homeward.i18n.Languages;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tasks on a participant's plan. The participant and their assigned caseworkers write them; a
 * matched mentor and the organisation admin may read them. Every answer is in the reader's language.
 */
@Singleton
public class TaskService {

    private final TaskRepository tasks;
    private final TaskTranslationRepository translations;
    private final TaskTemplateCatalogue catalogue;
    private final ParticipantAccess access;
    private final ProfileService profiles;
    private final Languages languages;
    private final TaskNotifications notifications;
    private final Clock clock;

    public TaskService(TaskRepository tasks, TaskTranslationRepository translations, TaskTemplateCatalogue catalogue,
                       ParticipantAccess access, ProfileService profiles, Languages languages,
                       TaskNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.tasks = tasks;
        this.translations = translations;
        this.catalogue = catalogue;
        this.access = access;
        this.profiles = profiles;
        this.languages = languages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TaskView> tasksOf(Caller caller, String participantId) {
        access.reading(caller, participantId, DataKind.TASKS);
        return present(planOf(participantId), readerLanguage(caller));
    }

    /**
     * The participant's tasks in the participant's language, as they read them, for someone who may
     * see them: it tells a caseworker or mentor which free text still waits for a translation, and
     * what the participant reads where one exists. Everything else the caller reads in their own
     * language ({@link #tasksOf}).
     */
    @Transactional(readOnly = true)
    public List<TaskView> tasksAsTheParticipantReadsThem(Caller caller, String participantId) {
        UserAccount participant = access.reading(caller, participantId, DataKind.TASKS);
        return present(planOf(participantId), profiles.readerLanguage(participant));
    }

    @Transactional(readOnly = true)
    public TaskView task(Caller caller, String taskId) {
        Task task = found(taskId);
        access.reading(caller, task.participantId(), DataKind.TASKS);
        return present(List.of(task), readerLanguage(caller)).get(0);
    }

    @Transactional
    public TaskView create(Caller caller, String participantId, NewTask command) {
        UserAccount participant = access.managing(caller, participantId, DataKind.TASKS);
        List<FieldProblem> problems = new ArrayList<>();
        LifeDomain domain = command.domain();
        String templateKey = FieldChecks.trimmed(command.templateKey());
        String title = FieldChecks.trimmed(command.title());
        if (templateKey != null) {
            TaskTemplate template = catalogue.find(templateKey).orElse(null);
            if (template == null) {
                problems.add(new FieldProblem("templateKey", "task.templateUnknown"));
            } else {
                domain = domain == null ? template.domain() : domain;
                title = null;
            }
        } else {
            if (title == null) {
                problems.add(new FieldProblem("title", "field.required"));
            }
            if (domain == null) {
                problems.add(new FieldProblem("domain", "field.required"));
            }
        }
        FieldChecks.checkLength(problems, "title", title, TaskTexts.TITLE_MAX);
        TaskTexts.checkSteps(problems, templateKey == null ? command.steps() : null);
        FieldChecks.checkLength(problems, "whatToBring", command.whatToBring(), TaskTexts.BRING_MAX);
        checkDueDate(problems, command.dueDate(), participant);
        FieldChecks.throwIfAny(problems);

        Instant now = clock.instant();
        boolean freeText = templateKey == null;
        Task task = stored(tasks.save(new Task(Ids.newId(), participant.organisationId(), participant.id(), domain,
                templateKey, title, freeText ? TaskTexts.joinSteps(command.steps()) : null,
                FieldChecks.trimmed(command.whatToBring()),
                freeText ? readerLanguage(caller).tag() : null, command.dueDate(), TaskStatus.OPEN, null,
                caller.userId(), now, now, null, null)));
        notifications.created(task, participant);
        return present(List.of(task), readerLanguage(caller)).get(0);
    }

    /** Marks a task done; doing it again changes nothing (a phone may send it twice). */
    @Transactional
    public TaskView complete(Caller caller, String taskId) {
        Task task = managedTask(caller, taskId);
        Task done = task.status() == TaskStatus.DONE ? task : stored(tasks.update(task.done(clock.instant())));
        notifications.planReminder(done);
        return present(List.of(done), readerLanguage(caller)).get(0);
    }

    @Transactional
    public TaskView skip(Caller caller, String taskId, String reason) {
        Task task = managedTask(caller, taskId);
        String trimmed = FieldChecks.trimmed(reason);
        List<FieldProblem> problems = new ArrayList<>();
        if (trimmed == null) {
            problems.add(new FieldProblem("reason", "field.required"));
        }
        FieldChecks.checkLength(problems, "reason", trimmed, TaskTexts.REASON_MAX);
        FieldChecks.throwIfAny(problems);
        Task skipped = trimmed.equals(task.skipReason()) && task.status() == TaskStatus.SKIPPED
                ? task : stored(tasks.update(task.skipped(trimmed, clock.instant())));
        notifications.planReminder(skipped);
        return present(List.of(skipped), readerLanguage(caller)).get(0);
    }

    @Transactional
    public TaskView reopen(Caller caller, String taskId) {
        Task task = managedTask(caller, taskId);
        Task open = task.status() == TaskStatus.OPEN ? task : stored(tasks.update(task.reopened(clock.instant())));
        notifications.planReminder(open);
        return present(List.of(open), readerLanguage(caller)).get(0);
    }

    /** Changes a task: its author, or an assigned caseworker. */
    @Transactional
    public TaskView change(Caller caller, String taskId, TaskChange change) {
        Task task = found(taskId);
        UserAccount participant = access.managing(caller, task.participantId(), DataKind.TASKS);
        requireEditable(caller, task);
        List<FieldProblem> problems = new ArrayList<>();
        String title = task.isFromTemplate() ? null : FieldChecks.trimmed(change.title());
        if (!task.isFromTemplate() && title == null) {
            problems.add(new FieldProblem("title", "field.required"));
        }
        FieldChecks.checkLength(problems, "title", title, TaskTexts.TITLE_MAX);
        TaskTexts.checkSteps(problems, task.isFromTemplate() ? null : change.steps());
        FieldChecks.checkLength(problems, "whatToBring", change.whatToBring(), TaskTexts.BRING_MAX);
        if (change.dueDate() != null && !change.dueDate().equals(task.dueDate())) {
            checkDueDate(problems, change.dueDate(), participant);
        }
        FieldChecks.throwIfAny(problems);
        Task edited = stored(tasks.update(task.edited(change.domain() == null ? task.domain() : change.domain(),
                title, task.isFromTemplate() ? null : TaskTexts.joinSteps(change.steps()),
                FieldChecks.trimmed(change.whatToBring()), change.dueDate(), clock.instant())));
        notifications.planReminder(edited);
        return present(List.of(edited), readerLanguage(caller)).get(0);
    }

    @Transactional
    public void delete(Caller caller, String taskId) {
        Task task = managedTask(caller, taskId);
        requireEditable(caller, task);
        Task deleted = tasks.update(task.deleted(clock.instant()));
        notifications.planReminder(deleted);
    }

    /**
     * Adds the words of a free-text task in another language. The author may, and so may anyone
     * who supports the participant and may see their tasks (an assigned caseworker, a matched mentor).
     */
    @Transactional
    public TaskView translate(Caller caller, String taskId, NewTranslation translation) {
        Task task = found(taskId);
        access.changing(caller, task.participantId(), DataKind.TASKS);
        if (caller.is(Role.PARTICIPANT) && !task.createdBy().equals(caller.userId()) || caller.is(Role.ORG_ADMIN)) {
            throw DomainException.forbidden();
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (task.isFromTemplate()) {
            throw DomainException.invalidField("taskId", "task.templateAlreadyTranslated");
        }
        SupportedLanguage language = languages.find(translation.language())
                .filter(found -> found.tag().equalsIgnoreCase(translation.language())).orElse(null);
        if (language == null) {
            problems.add(new FieldProblem("language", "language.unsupported"));
        }
        String title = FieldChecks.trimmed(translation.title());
        if (title == null) {
            problems.add(new FieldProblem("title", "field.required"));
        }
        FieldChecks.checkLength(problems, "title", title, TaskTexts.TITLE_MAX);
        TaskTexts.checkSteps(problems, translation.steps());
        FieldChecks.checkLength(problems, "whatToBring", translation.whatToBring(), TaskTexts.BRING_MAX);
        FieldChecks.throwIfAny(problems);
        Instant now = clock.instant();
        TaskTranslation words = new TaskTranslation(Ids.newId(), task.id(), language.tag(), task.organisationId(),
                title, TaskTexts.joinSteps(translation.steps()), FieldChecks.trimmed(translation.whatToBring()),
                caller.userId(), now);
        translations.findByTaskIdAndLanguage(task.id(), language.tag()).ifPresentOrElse(
                existing -> translations.update(new TaskTranslation(existing.id(), words.taskId(), words.language(),
                        words.organisationId(), words.title(), words.steps(), words.whatToBring(),
                        words.translatedBy(), now)),
                () -> translations.save(words));
        // Touch the task so phones syncing it fetch the new words.
        Task touched = stored(tasks.update(task.edited(task.domain(), task.title(), task.steps(), task.whatToBring(),
                task.dueDate(), now)));
        return present(List.of(touched), readerLanguage(caller)).get(0);
    }

    /** Tasks due on or before today (the participant's today) that are still open. */
    @Connectable
    public List<TaskView> dueByToday(Caller caller, UserAccount participant) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of(participant.timeZone()));
        List<Task> due = new ArrayList<>(tasks.findByParticipantIdAndStatusAndDeletedAtIsNullAndDueDateLessThanEquals(
                participant.id(), TaskStatus.OPEN, today));
        due.sort(Comparator.comparing(Task::dueDate).thenComparing(Task::createdAt));
        return present(due, readerLanguage(caller, participant));
    }

    @Transactional(readOnly = true)
    public long overdueCount(UserAccount participant) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of(participant.timeZone()));
        return tasks.countByParticipantIdAndStatusAndDeletedAtIsNullAndDueDateLessThan(participant.id(),
                TaskStatus.OPEN, today);
    }

    /** Tasks changed at or after {@code since}, deleted ones included, in the reader's language. */
    @Transactional(readOnly = true)
    public List<TaskView> changedSince(Caller caller, String participantId, Instant since) {
        access.reading(caller, participantId, DataKind.TASKS);
        return present(tasks.findByParticipantIdAndUpdatedAtGreaterThanEquals(participantId, since),
                readerLanguage(caller));
    }

    public List<TaskTemplate> templates() {
        return catalogue.all();
    }

    public TaskText templateText(TaskTemplate template, SupportedLanguage language) {
        return catalogue.textOf(template, language);
    }

    public SupportedLanguage readerLanguage(Caller caller) {
        return profiles.readerLanguage(caller.userId());
    }

    /** The same, without reading again the account a participant reading their own tasks already has. */
    private SupportedLanguage readerLanguage(Caller caller, UserAccount participant) {
        return caller.userId().equals(participant.id()) ? profiles.readerLanguage(participant) : readerLanguage(caller);
    }

    /**
     * The row as the database keeps it. A column may hold less of an instant than the clock gives
     * (microseconds, or whole seconds with MySQL Connector/J on MariaDB 10), so answering with the
     * written object would show an {@code updatedAt} that no later read, sync or retry reproduces.
     */
    private Task stored(Task written) {
        return tasks.findById(written.id()).orElse(written);
    }

    /** Open tasks first, then by due date (undated last), then oldest first. */
    private List<Task> planOf(String participantId) {
        List<Task> found = new ArrayList<>(tasks.findByParticipantIdAndDeletedAtIsNull(participantId));
        found.sort(Comparator.comparing((Task task) -> task.status() != TaskStatus.OPEN)
                .thenComparing(Task::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Task::createdAt));
        return found;
    }

    private Task found(String taskId) {
        return tasks.findByIdAndDeletedAtIsNull(taskId).orElseThrow(DomainException::notFound);
    }

    private Task managedTask(Caller caller, String taskId) {
        Task task = found(taskId);
        access.managing(caller, task.participantId(), DataKind.TASKS);
        return task;
    }

    /** A participant may change or delete only the tasks they wrote; caseworkers any on their caseload. */
    private static void requireEditable(Caller caller, Task task) {
        if (caller.is(Role.PARTICIPANT) && !task.createdBy().equals(caller.userId())) {
            throw DomainException.forbidden();
        }
    }

    private void checkDueDate(List<FieldProblem> problems, LocalDate dueDate, UserAccount participant) {
        if (dueDate != null && dueDate.isBefore(LocalDate.ofInstant(clock.instant(), ZoneId.of(participant.timeZone())))) {
            problems.add(new FieldProblem("dueDate", "task.dueDateInPast"));
        }
    }

    private List<TaskView> present(List<Task> found, SupportedLanguage reader) {
        Map<String, List<TaskTranslation>> translated = translationsOf(found.stream()
                .filter(task -> !task.isFromTemplate()).map(Task::id).toList());
        return found.stream().map(task -> present(task, reader, translated.getOrDefault(task.id(), List.of())))
                .toList();
    }

    private TaskView present(Task task, SupportedLanguage reader, List<TaskTranslation> translated) {
        TaskText text;
        TaskText original = null;
        boolean notYetTranslated = false;
        if (task.isFromTemplate()) {
            text = catalogue.find(task.templateKey()).map(template -> catalogue.textOf(template, reader))
                    .orElseGet(() -> new TaskText(reader.tag(), task.templateKey(), List.of(), null));
        } else {
            original = new TaskText(task.textLanguage(), task.title(), TaskTexts.splitSteps(task.steps()),
                    task.whatToBring());
            TaskTranslation own = translated.stream().filter(t -> t.language().equals(reader.tag())).findFirst()
                    .orElse(null);
            if (reader.tag().equals(task.textLanguage())) {
                text = original;
            } else if (own != null) {
                text = new TaskText(own.language(), own.title(), TaskTexts.splitSteps(own.steps()),
                        own.whatToBring() == null ? task.whatToBring() : own.whatToBring());
            } else {
                text = original;
                notYetTranslated = true;
            }
        }
        return new TaskView(task.id(), task.participantId(), task.domain(), task.domain().icon(), task.templateKey(),
                text, original, notYetTranslated, task.dueDate(), task.status(), task.skipReason(), task.updatedAt(),
                task.deletedAt() != null);
    }

    private Map<String, List<TaskTranslation>> translationsOf(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return translations.findByTaskIdInList(taskIds).stream()
                .collect(Collectors.groupingBy(TaskTranslation::taskId, Collectors.mapping(Function.identity(),
                        Collectors.toList())));
    }
}
