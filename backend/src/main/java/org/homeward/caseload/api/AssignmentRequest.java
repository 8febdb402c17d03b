package org.homeward.caseload.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record AssignmentRequest(@Nullable @NotBlank @Size(max = 36) String caseworkerId) {
}
