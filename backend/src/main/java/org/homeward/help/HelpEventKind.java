package org.homeward.help;

/** Every change to a request, kept with its time. */
public enum HelpEventKind {
    RAISED, MESSAGE, ACKNOWLEDGED, NOTE, RESOLVED, REOPENED, CANCELLED, ESCALATED
}
