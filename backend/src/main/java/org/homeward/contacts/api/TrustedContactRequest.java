package org.homeward.contacts.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.contacts.ContactRelation;
import org.homeward.contacts.NewTrustedContact;

/**
 * A trusted contact. {@code name} and {@code phone} are required. {@code unsafe: true} means
 * Homeward never offers this person as someone to call; left out, the mark stays as it was.
 */
@Serdeable
public record TrustedContactRequest(
        @Nullable String name,
        @Nullable ContactRelation relation,
        @Nullable String phone,
        @Nullable Boolean unsafe) {

    NewTrustedContact toCommand() {
        return new NewTrustedContact(name, relation, phone, unsafe);
    }
}
