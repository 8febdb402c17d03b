package org.homeward.help.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.help.HelpCategory;
import org.homeward.help.Urgency;

/** All optional: an empty body is a request for help now. */
@Serdeable
public record HelpRequestBody(@Nullable HelpCategory category, @Nullable Urgency urgency, @Nullable String message) {
}
