package org.homeward.caseload.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** End a match on {@code endsOn} (today when absent). */
@Serdeable
public record EndMatchRequest(@Nullable LocalDate endsOn) {
}
