package org.homeward.auth;

/** What a phone keeps after signing in: a short-lived access token and a rotating refresh token. */
public record TokenPair(String accessToken, String refreshToken, int expiresInSeconds) {
}
