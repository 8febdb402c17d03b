package org.homeward.sharing;

/** How much of their appointments a participant shows one person: nothing, when they are, or everything. */
public enum AppointmentSharing {
    NONE,
    TIMES,
    DETAILS
}
