package org.homeward.help.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A message or a note. */
@Serdeable
public record TextBody(@Nullable String text) {
}
