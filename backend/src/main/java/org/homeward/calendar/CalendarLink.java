package org.homeward.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A participant's private calendar link. Only the SHA-256 of its token is kept: the link itself is
 * shown once, when it is made. {@code detailed} links also say what kind of appointment it is and
 * what to bring; plain ones say only "Appointment", a time and a place.
 */
@MappedEntity("calendar_links")
public record CalendarLink(
        @Id String id,
        String organisationId,
        String participantId,
        String tokenHash,
        boolean detailed,
        Instant createdAt,
        @Nullable Instant revokedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
