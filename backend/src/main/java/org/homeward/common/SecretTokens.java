package org.homeward.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random, long secrets (refresh tokens, activation codes, private calendar links) and their
 * SHA-256. Only the hash is stored; unlike passwords these need no slow hash, since guessing
 * 256 random bits is hopeless.
 */
public final class SecretTokens {

    /** Characters of a {@link #randomToken()}: 32 bytes in unpadded base64url. */
    public static final int TOKEN_LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** The SHA-256 of the UTF-8 text, as 64 lower-case hex digits. */
    public static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** 32 random bytes in unpadded base64url: safe in a URL path, {@value #TOKEN_LENGTH} characters. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether text could be a {@link #randomToken()} at all, checked before any lookup. */
    public static boolean looksLikeToken(String text) {
        return text != null && text.length() == TOKEN_LENGTH && text.chars().allMatch(SecretTokens::isBase64Url);
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
