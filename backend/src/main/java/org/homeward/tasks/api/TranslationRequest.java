package org.homeward.tasks.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.tasks.NewTranslation;

import java.util.List;

@Serdeable
public record TranslationRequest(@Nullable String language, @Nullable String title, @Nullable List<String> steps,
                                 @Nullable String whatToBring) {

    NewTranslation toTranslation() {
        return new NewTranslation(language, title, steps, whatToBring);
    }
}
