package org.homeward.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

import java.nio.charset.StandardCharsets;

/**
 * Refuses to start with a missing or short token signing secret: anyone who can guess it can sign
 * in as anyone. Dev and test configuration generate a random one; production must supply
 * {@code HOMEWARD_JWT_SECRET} (at least 32 bytes, 256 bits).
 */
@Context
public class SigningSecretCheck {

    static final int MIN_BYTES = 32;

    public SigningSecretCheck(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret:}") String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new ConfigurationException("HOMEWARD_JWT_SECRET must be set to a random secret of at least "
                    + MIN_BYTES + " bytes (256 bits), for example: openssl rand -base64 48");
        }
    }
}
