package org.homeward.push.reminders;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.push.Subject;
import org.homeward.push.outbox.NotificationRepository;
import org.homeward.push.outbox.OutboxEntryRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Plans and withdraws reminders, in the transaction of the change that causes it: an appointment
 * moved gets new reminders and loses the old ones, even those already queued but not yet due.
 */
@Singleton
public class Reminders {

    private final ReminderRepository reminders;
    private final NotificationRepository notifications;
    private final OutboxEntryRepository outbox;
    private final Clock clock;

    public Reminders(ReminderRepository reminders, NotificationRepository notifications, OutboxEntryRepository outbox,
                     Clock clock) {
        this.reminders = reminders;
        this.notifications = notifications;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The person's reminders about the subject become exactly these. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void replace(Subject subject, String userId, List<PlannedReminder> planned) {
        withdraw(subject, userId);
        Instant now = clock.instant();
        if (!planned.isEmpty()) {
            reminders.saveAll(planned.stream().map(reminder -> new Reminder(UUID.randomUUID().toString(), userId,
                    reminder.kind(), subject.type(), subject.id(), reminder.dueAt().toEpochMilli(),
                    ReminderStatus.PLANNED, now)).toList());
        }
    }

    /** Nobody is reminded about the subject any more. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void withdraw(Subject subject) {
        withdraw(subject, null);
    }

    /** The reminders about a subject, past and planned, oldest first. */
    @Transactional(readOnly = true)
    public List<Reminder> about(Subject subject) {
        return reminders.findBySubjectTypeAndSubjectIdOrderByDueAt(subject.type(), subject.id());
    }

    private void withdraw(Subject subject, String userId) {
        List<Reminder> pending = reminders.findBySubjectTypeAndSubjectIdAndStatusNotEqual(subject.type(), subject.id(),
                ReminderStatus.WITHDRAWN).stream()
                .filter(reminder -> userId == null || reminder.userId().equals(userId)).toList();
        if (pending.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<String> ids = pending.stream().map(Reminder::id).toList();
        List<String> notYetDue = notifications.notYetDueFrom(ids, now.toEpochMilli());
        if (!notYetDue.isEmpty()) {
            notifications.withdraw(notYetDue, now);
            outbox.withdraw(notYetDue);
        }
        reminders.mark(ids, ReminderStatus.WITHDRAWN.name());
    }
}
