package org.homeward.tasks.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Why a task is set aside; no blame, just so the caseworker understands. */
@Serdeable
public record SkipRequest(@Nullable String reason) {
}
