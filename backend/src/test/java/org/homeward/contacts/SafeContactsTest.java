package org.homeward.contacts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one rule for whom Homeward may offer as someone to call. */
class SafeContactsTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void anUnsafeContactIsLeftOut() {
        TrustedContact amira = contact("a", "+447700900401", false, 0);
        TrustedContact dan = contact("d", "+447700900666", true, 1);

        assertEquals(List.of(amira), SafeContacts.of(List.of(dan, amira)));
    }

    @Test
    void theUnsafeMarkCoversTheNumberUnderAnyOtherName() {
        TrustedContact dan = contact("d", "+447700900666", true, 0);
        TrustedContact danAgain = contact("d2", "+447700900666", false, 1);

        assertEquals(List.of(), SafeContacts.of(List.of(dan, danAgain)));
    }

    @Test
    void safeContactsComeByNameWhateverTheCase() {
        TrustedContact karim = contact("k", "+447700900402", false, 1);
        TrustedContact amira = new TrustedContact("a", "org", "participant", "amira", null, "+447700900401", false,
                null, T, T);

        assertEquals(List.of(amira, karim), SafeContacts.of(List.of(karim, amira)));
    }

    private static TrustedContact contact(String id, String phone, boolean unsafe, int minute) {
        Instant created = T.plusSeconds(60L * minute);
        return new TrustedContact(id, "org", "participant", "Name " + id, null, phone, unsafe,
                unsafe ? created : null, created, created);
    }
}
