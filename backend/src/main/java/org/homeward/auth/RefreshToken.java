package org.homeward.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("refresh_tokens")
public record RefreshToken(
        @Id String id,
        String organisationId,
        String userId,
        String familyId,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable Instant revokedAt) {
}
