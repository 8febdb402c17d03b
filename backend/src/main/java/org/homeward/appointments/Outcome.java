package org.homeward.appointments;

/** What a caseworker records after the time has come: it sets the FHIR status. */
public enum Outcome {
    ATTENDED(AppointmentStatus.FULFILLED),
    MISSED(AppointmentStatus.NOSHOW),
    CANCELLED(AppointmentStatus.CANCELLED),
    RESCHEDULED(AppointmentStatus.CANCELLED);

    private final AppointmentStatus status;

    Outcome(AppointmentStatus status) {
        this.status = status;
    }

    public AppointmentStatus status() {
        return status;
    }
}
