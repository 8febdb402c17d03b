package org.homeward.notifications;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import org.homeward.push.preferences.PreferencesChanged;
import org.homeward.push.NotificationDraft;
import org.homeward.push.reminders.Reminder;
import org.homeward.push.reminders.ReminderContent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The application's answer to the push module: each kind of subject writes and plans its own reminders. */
@Singleton
public class ReminderTexts implements ReminderContent, ApplicationEventListener<PreferencesChanged> {

    private final Map<String, ReminderWriter> writers;

    public ReminderTexts(List<ReminderWriter> writers) {
        this.writers = writers.stream().collect(Collectors.toMap(ReminderWriter::subjectType, Function.identity()));
    }

    @Override
    public Map<String, NotificationDraft> draftsFor(List<Reminder> reminders) {
        Map<String, NotificationDraft> drafts = new HashMap<>();
        reminders.stream().collect(Collectors.groupingBy(Reminder::subjectType)).forEach((type, ofType) -> {
            ReminderWriter writer = writers.get(type);
            if (writer != null) {
                drafts.putAll(writer.draftsFor(ofType));
            }
        });
        return drafts;
    }

    /** Runs in the transaction that changed the preferences: new quiet hours apply to every planned reminder. */
    @Override
    public void onApplicationEvent(PreferencesChanged event) {
        writers.values().forEach(writer -> writer.replanFor(event.userId()));
    }
}
