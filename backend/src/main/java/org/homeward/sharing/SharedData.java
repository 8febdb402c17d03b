package org.homeward.sharing;

/** The kinds of a participant's information they decide about, person by person. */
public enum SharedData {
    TASKS,
    APPOINTMENTS,
    GOALS,
    CHECK_IN_NOTES,
    HELP_REQUESTS,
    CRISIS_CONTACTS
}
