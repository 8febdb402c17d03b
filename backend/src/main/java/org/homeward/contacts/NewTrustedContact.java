package org.homeward.contacts;

import io.micronaut.core.annotation.Nullable;

/**
 * What a participant types for a trusted contact. Name and phone are required. {@code unsafe} left
 * out keeps what it was (a new contact is safe), so an app that does not know the mark can never
 * clear it by accident.
 */
public record NewTrustedContact(
        @Nullable String name,
        @Nullable ContactRelation relation,
        @Nullable String phone,
        @Nullable Boolean unsafe) {
}
