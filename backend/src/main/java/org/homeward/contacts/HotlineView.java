package org.homeward.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A hotline as people read it. Numbers are E.164; {@code languages} are tags and
 * {@code languageNames} the same languages by their own names ("العربية"); {@code hours} is the
 * organisation's own words.
 */
@Serdeable
public record HotlineView(
        String id,
        String name,
        String phone,
        @Nullable String textNumber,
        @Nullable String hours,
        List<String> languages,
        List<String> languageNames,
        @Nullable String region,
        int position,
        Instant updatedAt) {
}
