package org.homeward.push.devices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A phone or browser that receives a person's notifications through its FCM registration token. */
@MappedEntity("devices")
public record Device(
        @Id String id,
        String userId,
        String token,
        String tokenHash,
        Platform platform,
        @Nullable String appVersion,
        @Nullable String language,
        @Nullable String sessionId,
        Instant createdAt,
        Instant updatedAt) {

    /** The last characters of the token: enough to tell devices apart in logs and screens. */
    public String tokenEnding() {
        return token.length() <= 6 ? token : "…" + token.substring(token.length() - 6);
    }
}
