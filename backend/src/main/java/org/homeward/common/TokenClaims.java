package org.homeward.common;

/** Claims Homeward adds to access tokens beside the subject (user id) and roles. */
public final class TokenClaims {

    public static final String ORGANISATION = "org";
    public static final String LANGUAGE = "lang";
    /** The sign-in (refresh-token family) the token belongs to: devices registered under it leave with it. */
    public static final String SESSION = "sid";

    private TokenClaims() {
    }
}
