package org.homeward.push.reminders;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.push.NotificationDraft;
import org.homeward.push.PushSettings;
import org.homeward.push.outbox.Outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns reminders into notifications in the outbox a while before they are due, a bounded batch
 * per transaction. The reminder is marked in the same transaction, so a restart neither loses one
 * nor queues one twice; SKIP LOCKED lets several processes share the work.
 */
@Singleton
public class ReminderQueue {

    private final ReminderRepository reminders;
    private final ReminderContent content;
    private final Outbox outbox;
    private final PushSettings settings;
    private final Clock clock;

    public ReminderQueue(ReminderRepository reminders, ReminderContent content, Outbox outbox, PushSettings settings,
                         Clock clock) {
        this.reminders = reminders;
        this.content = content;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many reminders it handled (0: none due within the look-ahead) */
    @Transactional
    public int queueBatch() {
        long until = clock.millis() + settings.getMaterialiseAhead().toMillis();
        List<Reminder> due = reminders.lockDue(until, settings.getMaterialiseBatch());
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, NotificationDraft> drafts = content.draftsFor(due);
        List<Outbox.Queued> queued = new ArrayList<>();
        List<String> queuedIds = new ArrayList<>();
        List<String> withdrawnIds = new ArrayList<>();
        for (Reminder reminder : due) {
            NotificationDraft draft = drafts.get(reminder.id());
            if (draft == null) {
                withdrawnIds.add(reminder.id());
            } else {
                queued.add(new Outbox.Queued(draft, reminder.due(), reminder.id()));
                queuedIds.add(reminder.id());
            }
        }
        outbox.enqueue(queued);
        if (!queuedIds.isEmpty()) {
            reminders.mark(queuedIds, ReminderStatus.QUEUED.name());
        }
        if (!withdrawnIds.isEmpty()) {
            reminders.mark(withdrawnIds, ReminderStatus.WITHDRAWN.name());
        }
        return due.size();
    }

    /** Queues everything within the look-ahead; for tests and one-off runs. */
    public int queueDue() {
        int total = 0;
        for (int handled = queueBatch(); handled > 0; handled = queueBatch()) {
            total += handled;
        }
        return total;
    }
}
