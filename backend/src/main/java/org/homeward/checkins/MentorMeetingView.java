package org.homeward.checkins;

import io.micronaut.serde.annotation.Serdeable;
import org.homeward.appointments.AppointmentView;

/** A mentor meeting as its mentor sees it: the appointment in full, and how they will meet. */
@Serdeable
public record MentorMeetingView(AppointmentView appointment, MeetingMode mode) {
}
