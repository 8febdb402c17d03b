package org.homeward.idempotency;

/**
 * Which {@code Idempotency-Key} values are accepted: 1 to 100 visible ASCII characters (a UUID is
 * the usual choice). Spaces are refused because MySQL compares strings ignoring trailing spaces,
 * so {@code "a "} and {@code "a"} would be taken for the same key.
 */
final class IdempotencyKeys {

    static final int MAX_LENGTH = 100;

    private IdempotencyKeys() {
    }

    static boolean isWellFormed(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }
}
