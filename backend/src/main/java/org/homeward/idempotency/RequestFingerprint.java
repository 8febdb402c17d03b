package org.homeward.idempotency;

import io.micronaut.core.annotation.Nullable;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes a retry "the same request": method, path and the SHA-256 of the body bytes. Only the
 * hash of the body is kept, since bodies may hold what people wrote about themselves.
 */
record RequestFingerprint(String method, String path, String bodyHash) {

    static RequestFingerprint of(String method, String path, @Nullable byte[] body) {
        return new RequestFingerprint(method, path, sha256(body == null ? new byte[0] : body));
    }

    boolean matches(IdempotencyRecord record) {
        return method.equals(record.requestMethod()) && path.equals(record.requestPath())
                && bodyHash.equals(record.requestHash());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
