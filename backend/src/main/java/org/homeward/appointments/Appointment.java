package org.homeward.appointments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * Where the participant must be, and what they need to get there. The start is an instant; the
 * participant's zone beside it says what the clock on their wall shows.
 */
@MappedEntity("appointments")
public record Appointment(
        @Id String id,
        String organisationId,
        String participantId,
        AppointmentCategory category,
        boolean conditionOfRelease,
        Instant startsAt,
        String timeZone,
        int durationMinutes,
        @Nullable String placeName,
        @Nullable String address,
        @Nullable String directions,
        @Nullable String contactPhone,
        @Nullable String interpreterLanguage,
        @Nullable String accompaniedBy,
        @Nullable String whatToBring,
        AppointmentStatus status,
        @Nullable String rescheduledTo,
        @Nullable ParticipantResponse response,
        @Nullable String responseReason,
        @Nullable Instant respondedAt,
        @Nullable Instant outcomeRecordedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {

    Appointment withDetails(AppointmentDetails details, Instant now) {
        return new Appointment(id, organisationId, participantId, details.category(), details.conditionOfRelease(),
                details.startsAt(), details.timeZone(), details.durationMinutes(), details.placeName(),
                details.address(), details.directions(), details.contactPhone(), details.interpreterLanguage(),
                details.accompaniedBy(), details.whatToBring(), status, rescheduledTo,
                details.startsAt().equals(startsAt) ? response : null,
                details.startsAt().equals(startsAt) ? responseReason : null,
                details.startsAt().equals(startsAt) ? respondedAt : null, outcomeRecordedAt, createdBy, createdAt,
                now, deletedAt);
    }

    Appointment answered(ParticipantResponse answer, @Nullable String reason, Instant now) {
        return new Appointment(id, organisationId, participantId, category, conditionOfRelease, startsAt, timeZone,
                durationMinutes, placeName, address, directions, contactPhone, interpreterLanguage, accompaniedBy,
                whatToBring, status, rescheduledTo, answer, reason, now, outcomeRecordedAt, createdBy, createdAt, now,
                deletedAt);
    }

    Appointment concluded(AppointmentStatus newStatus, @Nullable String newAppointmentId, Instant now) {
        return new Appointment(id, organisationId, participantId, category, conditionOfRelease, startsAt, timeZone,
                durationMinutes, placeName, address, directions, contactPhone, interpreterLanguage, accompaniedBy,
                whatToBring, newStatus, newAppointmentId, response, responseReason, respondedAt, now, createdBy,
                createdAt, now, deletedAt);
    }
}
