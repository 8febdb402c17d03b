package org.homeward.notifications.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.push.devices.Platform;

/** An FCM registration token, where it lives, the app's version and the device's language (BCP 47). */
@Serdeable
public record DeviceRequest(@Nullable String token, @Nullable Platform platform, @Nullable String appVersion,
                            @Nullable String language) {
}
