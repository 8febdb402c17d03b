package org.homeward.appointments.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.appointments.ParticipantResponse;

/** "I'll be there" ({@code WILL_ATTEND}) or "I need to change this" ({@code NEEDS_CHANGE}, with a reason). */
@Serdeable
public record ResponseRequest(@Nullable ParticipantResponse response, @Nullable String reason) {
}
