package org.homeward.help.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.help.HelpOutcome;

/** How it ended; {@code referredTo} says where, for {@code REFERRED}. */
@Serdeable
public record ResolveBody(@Nullable HelpOutcome outcome, @Nullable String referredTo) {
}
