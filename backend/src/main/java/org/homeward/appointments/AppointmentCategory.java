package org.homeward.appointments;

/** Which kind of appointment: caseworkers watch which kinds a person keeps and which they miss. */
public enum AppointmentCategory {
    PROBATION,
    COURT,
    MEDICAL,
    MENTAL_HEALTH,
    ADDICTION_TREATMENT,
    HOUSING,
    BENEFITS,
    EMPLOYMENT,
    IMMIGRATION_LEGAL,
    FAMILY,
    MENTOR_MEETING,
    OTHER
}
