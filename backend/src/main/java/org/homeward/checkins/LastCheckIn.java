package org.homeward.checkins;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** When a participant's last mentor check-in took place. */
@Introspected
public record LastCheckIn(String participantId, Instant lastAt) {
}
