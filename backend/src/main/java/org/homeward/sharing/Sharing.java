package org.homeward.sharing;

import io.micronaut.serde.annotation.Serdeable;

/** What one person around a participant may see of them. */
@Serdeable
public record Sharing(
        boolean tasks,
        AppointmentSharing appointments,
        boolean goals,
        boolean checkInNotes,
        boolean helpRequests,
        boolean crisisContacts) {

    public static final Sharing EVERYTHING = new Sharing(true, AppointmentSharing.DETAILS, true, true, true, true);
    public static final Sharing NOTHING = new Sharing(false, AppointmentSharing.NONE, false, false, false, false);
    /** A light view: what mentors need most are the goals and whom to call in a crisis. */
    public static final Sharing MENTOR_DEFAULT = new Sharing(true, AppointmentSharing.TIMES, true, false, false, true);
    public static final Sharing CASEWORKER_DEFAULT = EVERYTHING;

    public boolean allows(SharedData kind) {
        return switch (kind) {
            case TASKS -> tasks;
            case APPOINTMENTS -> appointments != AppointmentSharing.NONE;
            case GOALS -> goals;
            case CHECK_IN_NOTES -> checkInNotes;
            case HELP_REQUESTS -> helpRequests;
            case CRISIS_CONTACTS -> crisisContacts;
        };
    }

    public boolean appointmentDetails() {
        return appointments == AppointmentSharing.DETAILS;
    }
}
