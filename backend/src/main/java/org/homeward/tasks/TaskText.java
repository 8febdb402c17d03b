package org.homeward.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The words of a task in one language. */
@Serdeable
public record TaskText(String language, String title, List<String> steps, @Nullable String whatToBring) {
}
