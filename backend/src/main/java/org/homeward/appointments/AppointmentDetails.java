package org.homeward.appointments;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** The checked, normalised details of an appointment (phone in E.164, zone known). */
public record AppointmentDetails(
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
        @Nullable String whatToBring) {
}
