package org.homeward.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A number anyone in the organisation's care may call when things are hard: a national crisis line,
 * a support line, the organisation's own on-call number. Kept by the organisation's admins.
 * {@code languages} holds supported language tags, comma-separated.
 */
@MappedEntity("hotlines")
public record Hotline(
        @Id String id,
        String organisationId,
        String name,
        String phone,
        @Nullable String textNumber,
        @Nullable String hours,
        String languages,
        @Nullable String region,
        int position,
        Instant createdAt,
        Instant updatedAt) {

    Hotline with(HotlineDetails details, Instant now) {
        return new Hotline(id, organisationId, details.name(), details.phone(), details.textNumber(), details.hours(),
                details.languagesColumn(), details.region(), details.position(), createdAt, now);
    }
}
