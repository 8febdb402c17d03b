package org.homeward.auth.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record LoginRequest(
        @Nullable @NotBlank @Size(max = 64) String username,
        @Nullable @NotBlank @Size(max = 128) String password) {
}
