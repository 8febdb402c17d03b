package org.homeward.appointments;

/** FHIR Appointment's statuses, as far as Homeward needs them. */
public enum AppointmentStatus {
    BOOKED,
    FULFILLED,
    NOSHOW,
    CANCELLED
}
