package org.homeward.people;

import io.micronaut.core.annotation.Nullable;

/** The languages that decide how Homeward speaks to someone: their own choice and their organisation's default. */
public record SpokenLanguages(@Nullable String saved, @Nullable String organisationDefault) {

    public static final SpokenLanguages NONE = new SpokenLanguages(null, null);
}
