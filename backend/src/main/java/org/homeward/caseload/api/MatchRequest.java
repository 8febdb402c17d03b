package org.homeward.caseload.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Match a mentor with the participant from {@code startsOn} (today when absent). */
@Serdeable
public record MatchRequest(@Nullable @NotBlank @Size(max = 36) String mentorId, @Nullable LocalDate startsOn) {
}
