package org.homeward.push.devices;

import io.micronaut.core.annotation.Nullable;

/** What a phone tells when it registers for notifications. */
public record NewDevice(String token, Platform platform, @Nullable String appVersion, @Nullable String language) {
}
