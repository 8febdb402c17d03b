package org.homeward.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id password hashes (OWASP's baseline: 19 MiB, 2 passes, 1 lane). The parameters travel
 * inside each hash, so they can be raised later without locking anyone out.
 */
@Singleton
public class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    /** A hash of a random password, checked when a username is unknown so that timing reveals nothing. */
    private final String decoy = hash("decoy-" + System.nanoTime());

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String storedHash) {
        if (storedHash == null) {
            Password.check(password, decoy).with(ARGON2ID);
            return false;
        }
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    /** Spends the same time as a real check, for sign-ins to unknown or inactive accounts. */
    public void checkDecoy(String password) {
        matches(password, null);
    }
}
