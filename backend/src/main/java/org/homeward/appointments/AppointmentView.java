package org.homeward.appointments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An appointment as one reader may see it. {@code localStart} is the wall-clock time in
 * {@code timeZone}. Mentors see times only: the details are left out for them.
 */
@Serdeable
public record AppointmentView(
        String id,
        String participantId,
        @Nullable AppointmentCategory category,
        boolean conditionOfRelease,
        Instant startsAt,
        String timeZone,
        LocalDateTime localStart,
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
        Instant updatedAt,
        boolean deleted) {

    static AppointmentView of(Appointment a, boolean withDetails) {
        LocalDateTime local = LocalDateTime.ofInstant(a.startsAt(), java.time.ZoneId.of(a.timeZone()));
        if (!withDetails) {
            return new AppointmentView(a.id(), a.participantId(), null, false, a.startsAt(), a.timeZone(), local,
                    a.durationMinutes(), null, null, null, null, null, null, null, a.status(), null, null, null,
                    a.updatedAt(), a.deletedAt() != null);
        }
        return new AppointmentView(a.id(), a.participantId(), a.category(), a.conditionOfRelease(), a.startsAt(),
                a.timeZone(), local, a.durationMinutes(), a.placeName(), a.address(), a.directions(), a.contactPhone(),
                a.interpreterLanguage(), a.accompaniedBy(), a.whatToBring(), a.status(), a.rescheduledTo(),
                a.response(), a.responseReason(), a.updatedAt(), a.deletedAt() != null);
    }
}
