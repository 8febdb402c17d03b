package org.homeward.auth;

import jakarta.inject.Singleton;
import org.homeward.common.DomainException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Length over complexity (NIST SP 800-63B): at least 10 characters, not one of the passwords that
 * attackers try first, and not the person's own username.
 */
@Singleton
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common = loadCommonPasswords();

    /** @throws DomainException naming the {@code password} field when the password is refused */
    public void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw DomainException.invalidField("password", "password.tooShort", Map.of("min", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            throw DomainException.invalidField("password", "password.tooLong", Map.of("max", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || isOneRepeatedCharacter(lower)
                || (username != null && lower.contains(username.toLowerCase(Locale.ROOT)))) {
            throw DomainException.invalidField("password", "password.tooCommon");
        }
    }

    private static boolean isOneRepeatedCharacter(String password) {
        return password.chars().distinct().count() <= 2;
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
