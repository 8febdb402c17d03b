package org.homeward.common;

import java.util.UUID;

/** Opaque identifiers made by the application, so rows can be written before the database sees them. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
