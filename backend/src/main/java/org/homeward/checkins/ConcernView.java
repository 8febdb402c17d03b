package org.homeward.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A concern as the caseworkers see it, with the names of the people involved. */
@Serdeable
public record ConcernView(
        String id,
        String participantId,
        String participantName,
        @Nullable String checkInId,
        String raisedBy,
        String raisedByName,
        ConcernKind kind,
        @Nullable String details,
        Instant raisedAt,
        boolean open,
        @Nullable String response,
        @Nullable String respondedByName,
        @Nullable Instant respondedAt) {
}
