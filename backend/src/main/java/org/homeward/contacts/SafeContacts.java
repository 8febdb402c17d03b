package org.homeward.contacts;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule for who may be offered as someone to call. A contact the participant marked unsafe
 * is never offered: not in their crisis contacts, not on their phone's offline copy, not to their
 * caseworker, not to anything Homeward may build later. The mark covers the number too: another
 * entry with the same number (the same person under another name) is left out as well. Only the
 * participant's own list ({@link TrustedContactService}) shows unsafe contacts, marked, so they can
 * change their mind. Organisation hotlines are not affected.
 */
final class SafeContacts {

    /** By name, as a phone's contacts are; the same order on every read. */
    static final Comparator<TrustedContact> ORDER = Comparator.comparing(TrustedContact::name,
            String.CASE_INSENSITIVE_ORDER).thenComparing(TrustedContact::name).thenComparing(TrustedContact::id);

    private SafeContacts() {
    }

    static List<TrustedContact> of(List<TrustedContact> all) {
        Set<String> unsafeNumbers = all.stream().filter(TrustedContact::unsafe).map(TrustedContact::phone)
                .collect(Collectors.toSet());
        return all.stream().filter(contact -> !contact.unsafe() && !unsafeNumbers.contains(contact.phone()))
                .sorted(ORDER).toList();
    }
}
