package org.homeward.auth;

import org.homeward.common.SecretTokens;

/**
 * Secrets that are random and long (refresh tokens, activation codes) are stored as SHA-256 only;
 * unlike passwords they need no slow hash, since guessing them is hopeless. See {@link SecretTokens}.
 */
final class TokenHashes {

    private TokenHashes() {
    }

    static String sha256(String value) {
        return SecretTokens.sha256(value);
    }

    static String randomToken() {
        return SecretTokens.randomToken();
    }
}
