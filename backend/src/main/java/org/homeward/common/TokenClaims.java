package org.homeward.common;

/** Claims Homeward adds to access tokens beside the subject (user id) and roles. */
public final class TokenClaims {

    public static final String ORGANISATION = "org";
    public static final String LANGUAGE = "lang";

    private TokenClaims() {
    }
}
