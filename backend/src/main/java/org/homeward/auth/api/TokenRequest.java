package org.homeward.auth.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code grant_type=refresh_token}, as in OAuth 2.0's refresh grant. */
@Serdeable
public record TokenRequest(
        @JsonProperty("grant_type") @Nullable @NotBlank @Pattern(regexp = "refresh_token") String grantType,
        @JsonProperty("refresh_token") @Nullable @NotBlank @Size(max = 200) String refreshToken) {
}
