package org.homeward.help;

import io.micronaut.core.annotation.Nullable;

/** What the participant sends; all optional: one tap is enough. Urgency defaults to now. */
public record NewHelpRequest(@Nullable HelpCategory category, @Nullable Urgency urgency, @Nullable String message) {
}
