package org.homeward.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * Someone the participant trusts, kept by the participant. Marked {@code unsafe}, the contact is
 * kept for the participant's own list only: see {@link SafeContacts}.
 */
@MappedEntity("trusted_contacts")
public record TrustedContact(
        @Id String id,
        String organisationId,
        String participantId,
        String name,
        @Nullable ContactRelation relation,
        String phone,
        boolean unsafe,
        @Nullable Instant unsafeSince,
        Instant createdAt,
        Instant updatedAt) {

    TrustedContact with(String newName, @Nullable ContactRelation newRelation, String newPhone, boolean nowUnsafe,
                        Instant now) {
        Instant since = nowUnsafe ? (unsafe ? unsafeSince : now) : null;
        return new TrustedContact(id, organisationId, participantId, newName, newRelation, newPhone, nowUnsafe, since,
                createdAt, now);
    }
}
