package org.homeward.notifications.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.push.devices.Device;
import org.homeward.push.devices.Platform;

import java.time.Instant;

/** A registered device; the token itself is never sent back, only its last characters. */
@Serdeable
public record DeviceView(String id, Platform platform, @Nullable String appVersion, @Nullable String language,
                         String tokenEnding, Instant registeredAt, Instant updatedAt) {

    static DeviceView of(Device device) {
        return new DeviceView(device.id(), device.platform(), device.appVersion(), device.language(),
                device.tokenEnding(), device.createdAt(), device.updatedAt());
    }
}
