package org.homeward.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A trusted contact in the participant's own list, unsafe ones included and marked.
 * {@code relationText} is the relation in the reader's language.
 */
@Serdeable
public record TrustedContactView(
        String id,
        String name,
        @Nullable ContactRelation relation,
        @Nullable String relationText,
        String phone,
        boolean unsafe,
        Instant updatedAt) {
}
