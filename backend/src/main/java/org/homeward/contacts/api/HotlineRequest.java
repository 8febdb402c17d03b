package org.homeward.contacts.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.contacts.NewHotline;

import java.util.List;

/**
 * A hotline. {@code name} and {@code phone} are required; numbers as people write them (stored in
 * E.164); {@code languages} are supported language tags ({@code GET /api/v1/languages});
 * {@code position} (1 to 999) orders the list, lowest first.
 */
@Serdeable
public record HotlineRequest(
        @Nullable String name,
        @Nullable String phone,
        @Nullable String textNumber,
        @Nullable String hours,
        @Nullable List<String> languages,
        @Nullable String region,
        @Nullable Integer position) {

    NewHotline toCommand() {
        return new NewHotline(name, phone, textNumber, hours, languages, region, position);
    }
}
