package org.homeward.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A concern a mentor raised about a participant; open until a caseworker records a response. */
@MappedEntity("concerns")
public record Concern(
        @Id String id,
        String organisationId,
        String participantId,
        @Nullable String checkInId,
        String raisedBy,
        ConcernKind kind,
        @Nullable String details,
        Instant raisedAt,
        @Nullable String response,
        @Nullable String respondedBy,
        @Nullable Instant respondedAt) {

    public boolean isOpen() {
        return respondedAt == null;
    }

    Concern answered(String text, String caseworkerId, Instant now) {
        return new Concern(id, organisationId, participantId, checkInId, raisedBy, kind, details, raisedAt, text,
                caseworkerId, now);
    }
}
