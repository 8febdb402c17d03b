package org.homeward.appointments;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** What a caseworker types when booking or changing an appointment; checked into {@link AppointmentDetails}. */
public record NewAppointment(
        @Nullable AppointmentCategory category,
        @Nullable Boolean conditionOfRelease,
        @Nullable Instant startsAt,
        @Nullable String timeZone,
        @Nullable Integer durationMinutes,
        @Nullable String placeName,
        @Nullable String address,
        @Nullable String directions,
        @Nullable String contactPhone,
        @Nullable String interpreterLanguage,
        @Nullable String accompaniedBy,
        @Nullable String whatToBring) {
}
