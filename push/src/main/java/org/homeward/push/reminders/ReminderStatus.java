package org.homeward.push.reminders;

public enum ReminderStatus {
    /** Waiting for its time. */
    PLANNED,
    /** Turned into a notification in the outbox. */
    QUEUED,
    /** Its appointment or task changed, ended or went away. */
    WITHDRAWN
}
