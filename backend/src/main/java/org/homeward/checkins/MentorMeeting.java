package org.homeward.checkins;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The mentor's side of a mentor meeting (an appointment of category MENTOR_MEETING): who and how. */
@MappedEntity("mentor_meetings")
public record MentorMeeting(
        @Id String appointmentId,
        String organisationId,
        String participantId,
        String mentorId,
        MeetingMode mode,
        Instant createdAt) {
}
