package org.homeward.people.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A BCP 47 tag from the supported languages, such as {@code ar} or {@code sr-Latn}. */
@Serdeable
public record LanguageRequest(@Nullable @NotBlank @Size(max = 35) String language) {
}
