package org.homeward.push.reminders;

import org.homeward.push.NotificationDraft;

import java.util.List;
import java.util.Map;

/**
 * Writes the text of due reminders, from their subjects as they are now and in each person's
 * language now. The application provides it: this module knows reminders, not appointments.
 */
public interface ReminderContent {

    /** @return a draft per reminder id; a reminder left out is withdrawn (its subject is gone or over) */
    Map<String, NotificationDraft> draftsFor(List<Reminder> reminders);
}
