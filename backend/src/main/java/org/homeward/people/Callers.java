package org.homeward.people;

import io.micronaut.security.authentication.Authentication;
import org.homeward.common.TokenClaims;

/** Turns the verified access token into the {@link Caller} that services authorise against. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(Authentication authentication) {
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf)
                .orElseThrow(() -> new IllegalStateException("access token without a role"));
        Object organisation = authentication.getAttributes().get(TokenClaims.ORGANISATION);
        return new Caller(authentication.getName(), String.valueOf(organisation), role);
    }
}
