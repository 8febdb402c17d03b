package org.homeward.contacts;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What an admin types for a hotline. Name and phone are required; numbers may be typed as people
 * write them and are stored in E.164. A {@code position} left out puts a new hotline last and
 * keeps a changed one where it was.
 */
public record NewHotline(
        @Nullable String name,
        @Nullable String phone,
        @Nullable String textNumber,
        @Nullable String hours,
        @Nullable List<String> languages,
        @Nullable String region,
        @Nullable Integer position) {
}
