package org.homeward.tasks;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A free-text task's words in another language. */
public record NewTranslation(String language, String title, @Nullable List<String> steps, @Nullable String whatToBring) {
}
