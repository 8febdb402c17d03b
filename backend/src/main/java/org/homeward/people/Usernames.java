package org.homeward.people;

import org.homeward.common.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/** Usernames are short, lower-case and easy to type on any keyboard; no e-mail address is needed. */
public final class Usernames {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private Usernames() {
    }

    public static String normalise(String typed) {
        return typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
    }

    public static void check(String normalised) {
        if (!VALID.matcher(normalised).matches()) {
            throw DomainException.invalidField("username", "username.invalid");
        }
    }
}
