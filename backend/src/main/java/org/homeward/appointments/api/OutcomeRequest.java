package org.homeward.appointments.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.appointments.Outcome;

/** What happened; for {@code RESCHEDULED}, {@code newAppointment} holds at least the new start. */
@Serdeable
public record OutcomeRequest(@Nullable Outcome outcome, @Nullable AppointmentRequest newAppointment) {
}
