package org.homeward.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A concern a mentor raises: what kind, and a few words. */
@Serdeable
public record NewConcern(@Nullable ConcernKind kind, @Nullable String details) {
}
