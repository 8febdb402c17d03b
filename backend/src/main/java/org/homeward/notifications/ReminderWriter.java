package org.homeward.notifications;

import org.homeward.push.NotificationDraft;
import org.homeward.push.reminders.Reminder;

import java.util.List;
import java.util.Map;

/** Writes the reminders about one kind of subject (appointments, tasks) from the subject as it is now. */
public interface ReminderWriter {

    String subjectType();

    /** @return a draft per reminder id; none for a reminder whose subject is gone, over or done */
    Map<String, NotificationDraft> draftsFor(List<Reminder> reminders);

    /** Plans the person's reminders again from their current preferences and time zone. */
    void replanFor(String userId);
}
