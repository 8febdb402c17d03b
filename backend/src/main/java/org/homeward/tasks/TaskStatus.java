package org.homeward.tasks;

/** Open until the participant does it, or sets it aside with a reason (no blame, just a fact). */
public enum TaskStatus {
    OPEN,
    DONE,
    SKIPPED
}
