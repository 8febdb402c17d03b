package org.homeward.checkins;

/** How a mentor and a participant meet or talk. */
public enum MeetingMode {
    IN_PERSON,
    PHONE,
    VIDEO,
    MESSAGE
}
