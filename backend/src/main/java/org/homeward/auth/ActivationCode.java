package org.homeward.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("activation_codes")
public record ActivationCode(
        @Id String id,
        String organisationId,
        String userId,
        String codeHash,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
