package org.homeward.appointments.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.appointments.AppointmentCategory;
import org.homeward.appointments.NewAppointment;

import java.time.Instant;

/** {@code startsAt} is an ISO 8601 instant in UTC; {@code timeZone} (IANA) defaults to the participant's. */
@Serdeable
public record AppointmentRequest(
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

    NewAppointment toCommand() {
        return new NewAppointment(category, conditionOfRelease, startsAt, timeZone, durationMinutes, placeName, address,
                directions, contactPhone, interpreterLanguage, accompaniedBy, whatToBring);
    }
}
