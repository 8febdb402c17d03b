package org.homeward.audit;

/** What part of a participant's information was read or changed. */
public enum DataKind {
    PROFILE,
    TASKS,
    APPOINTMENTS,
    GOALS,
    CHECK_INS,
    CONCERNS,
    HELP_REQUESTS,
    CRISIS_CONTACTS,
    NOTIFICATIONS,
    /** The participant's line on a caseworker's dashboard: counts, not the items themselves. */
    SUMMARY
}
