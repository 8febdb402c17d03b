package org.homeward.appointments;

/** The participant's answer to an appointment. */
public enum ParticipantResponse {
    WILL_ATTEND,
    NEEDS_CHANGE
}
