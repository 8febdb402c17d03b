package org.homeward.auth;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Activation codes meant to be read aloud over a phone or across a desk: ten characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), shown in two groups of five.
 * 25^10 combinations, single use, 72 hours, stored only as a hash.
 */
@Singleton
public class ActivationCodes {

    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    private static final int LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    public String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Accepts what people type: lower case, spaces or dashes between groups. */
    public String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
