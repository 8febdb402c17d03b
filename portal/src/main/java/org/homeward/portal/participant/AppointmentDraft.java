package org.homeward.portal.participant;

import org.homeward.appointments.AppointmentCategory;
import org.homeward.appointments.AppointmentView;
import org.homeward.appointments.NewAppointment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The mutable form behind {@link AppointmentFields}; becomes a {@link NewAppointment} for the service.
 * The start is kept as the wall-clock time in the chosen zone, as the caseworker types it.
 */
public class AppointmentDraft {

    private AppointmentCategory category;
    private boolean conditionOfRelease;
    private LocalDateTime start;
    private String timeZone;
    private Integer durationMinutes = 60;
    private String placeName = "";
    private String address = "";
    private String directions = "";
    private String contactPhone = "";
    private String interpreterLanguage = "";
    private String accompaniedBy = "";
    private String whatToBring = "";

    /** A new booking in the participant's zone. */
    static AppointmentDraft inZone(String participantZone) {
        AppointmentDraft draft = new AppointmentDraft();
        draft.timeZone = participantZone;
        return draft;
    }

    /** Everything the appointment has now, to change what is wrong. */
    static AppointmentDraft of(AppointmentView appointment) {
        AppointmentDraft draft = new AppointmentDraft();
        draft.category = appointment.category();
        draft.conditionOfRelease = appointment.conditionOfRelease();
        draft.start = appointment.localStart();
        draft.timeZone = appointment.timeZone();
        draft.durationMinutes = appointment.durationMinutes();
        draft.placeName = orEmpty(appointment.placeName());
        draft.address = orEmpty(appointment.address());
        draft.directions = orEmpty(appointment.directions());
        draft.contactPhone = orEmpty(appointment.contactPhone());
        draft.interpreterLanguage = orEmpty(appointment.interpreterLanguage());
        draft.accompaniedBy = orEmpty(appointment.accompaniedBy());
        draft.whatToBring = orEmpty(appointment.whatToBring());
        return draft;
    }

    /** The same details at a time still to be chosen: a rescheduled appointment needs a new one. */
    static AppointmentDraft movedFrom(AppointmentView appointment) {
        AppointmentDraft draft = of(appointment);
        draft.start = null;
        return draft;
    }

    NewAppointment toCommand() {
        Instant startsAt = null;
        if (start != null && timeZone != null) {
            startsAt = start.atZone(ZoneId.of(timeZone)).toInstant();
        }
        return new NewAppointment(category, conditionOfRelease, startsAt, timeZone, durationMinutes, placeName, address,
                directions, contactPhone, interpreterLanguage, accompaniedBy, whatToBring);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public AppointmentCategory getCategory() { return category; }
    public void setCategory(AppointmentCategory category) { this.category = category; }
    public boolean isConditionOfRelease() { return conditionOfRelease; }
    public void setConditionOfRelease(boolean conditionOfRelease) { this.conditionOfRelease = conditionOfRelease; }
    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getPlaceName() { return placeName; }
    public void setPlaceName(String placeName) { this.placeName = placeName; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getDirections() { return directions; }
    public void setDirections(String directions) { this.directions = directions; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getInterpreterLanguage() { return interpreterLanguage; }
    public void setInterpreterLanguage(String interpreterLanguage) { this.interpreterLanguage = interpreterLanguage; }
    public String getAccompaniedBy() { return accompaniedBy; }
    public void setAccompaniedBy(String accompaniedBy) { this.accompaniedBy = accompaniedBy; }
    public String getWhatToBring() { return whatToBring; }
    public void setWhatToBring(String whatToBring) { this.whatToBring = whatToBring; }
}
