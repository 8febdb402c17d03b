package org.homeward.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Whom a participant can call when things are hard: their organisation's hotlines, in the order the
 * organisation chose, and the trusted contacts they marked safe (never one marked unsafe), by name.
 */
@Serdeable
public record CrisisContacts(List<HotlineView> hotlines, List<Trusted> trustedContacts) {

    /** A trusted contact offered as someone to call. {@code relationText} is in the reader's language. */
    @Serdeable
    public record Trusted(String id, String name, @Nullable ContactRelation relation, @Nullable String relationText,
                          String phone) {
    }

    public boolean isEmpty() {
        return hotlines.isEmpty() && trustedContacts.isEmpty();
    }
}
