package org.homeward.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One caller's use of one Idempotency-Key: the request it was first sent with and, once that
 * request succeeded, the answer to give again. {@code responseStatus} is null while the first
 * request is still running (the row then only reserves the key).
 */
@MappedEntity("idempotency_keys")
public record IdempotencyRecord(
        @Id String id,
        String userId,
        String idempotencyKey,
        String requestMethod,
        String requestPath,
        String requestHash,
        @Nullable Integer responseStatus,
        @Nullable String responseContentType,
        @Nullable String responseBody,
        Instant createdAt) {

    public boolean isCompleted() {
        return responseStatus != null;
    }
}
