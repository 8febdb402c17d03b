package org.homeward.auth.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record LogoutRequest(@JsonProperty("refresh_token") @Nullable @NotBlank @Size(max = 200) String refreshToken) {
}
