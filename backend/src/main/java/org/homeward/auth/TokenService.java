package org.homeward.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.common.Ids;
import org.homeward.common.TokenClaims;
import org.homeward.push.devices.Devices;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues access tokens (JWT, 15 minutes) and rotating refresh tokens. A refresh token works once;
 * presenting it a second time means two parties hold it, so its whole family is revoked and the
 * real owner signs in again, which also locks out whoever stole it.
 */
@Singleton
public class TokenService {

    private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);

    private final TokenGenerator tokenGenerator;
    private final RefreshTokenRepository refreshTokens;
    private final UserAccountRepository users;
    private final Devices devices;
    private final Clock clock;
    private final int accessTokenSeconds;
    private final Duration refreshTokenLifetime;

    public TokenService(TokenGenerator tokenGenerator, RefreshTokenRepository refreshTokens,
                        UserAccountRepository users, Devices devices, Clock clock,
                        @Value("${homeward.auth.access-token-seconds:900}") int accessTokenSeconds,
                        @Value("${homeward.auth.refresh-token-days:30}") int refreshTokenDays) {
        this.tokenGenerator = tokenGenerator;
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.devices = devices;
        this.clock = clock;
        this.accessTokenSeconds = accessTokenSeconds;
        this.refreshTokenLifetime = Duration.ofDays(refreshTokenDays);
    }

    @Transactional
    public TokenPair issue(SignedInUser user) {
        return issueInFamily(user, Ids.newId());
    }

    /** Rotates a refresh token; empty when it is unknown, expired, revoked or reused. */
    @Transactional
    public Optional<TokenPair> refresh(String presentedToken) {
        if (presentedToken == null || presentedToken.isBlank()) {
            return Optional.empty();
        }
        Optional<RefreshToken> found = refreshTokens.findByTokenHash(TokenHashes.sha256(presentedToken));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken token = found.get();
        Instant now = clock.instant();
        if (token.revokedAt() != null || !now.isBefore(token.expiresAt())) {
            return Optional.empty();
        }
        if (token.usedAt() != null || refreshTokens.markUsed(token.id(), now) == 0) {
            endSession(token.familyId(), now);
            LOG.warn("Refresh token reused; token family {} revoked", token.familyId());
            return Optional.empty();
        }
        Optional<UserAccount> user = users.findById(token.userId()).filter(UserAccount::isActive);
        if (user.isEmpty()) {
            endSession(token.familyId(), now);
            return Optional.empty();
        }
        return Optional.of(issueInFamily(signedIn(user.get()), token.familyId()));
    }

    /** Signs a device out: its refresh token family stops working at once, and it gets no more notifications. */
    @Transactional
    public void revoke(String presentedToken) {
        if (presentedToken == null || presentedToken.isBlank()) {
            return;
        }
        refreshTokens.findByTokenHash(TokenHashes.sha256(presentedToken))
                .ifPresent(token -> endSession(token.familyId(), clock.instant()));
    }

    private void endSession(String familyId, Instant now) {
        refreshTokens.revokeFamily(familyId, now);
        devices.removeSession(familyId);
    }

    public static SignedInUser signedIn(UserAccount user) {
        return new SignedInUser(user.id(), user.organisationId(), user.role(), user.displayName(), user.language());
    }

    private TokenPair issueInFamily(SignedInUser user, String familyId) {
        Instant now = clock.instant();
        String refresh = TokenHashes.randomToken();
        refreshTokens.save(new RefreshToken(Ids.newId(), user.organisationId(), user.userId(), familyId,
                TokenHashes.sha256(refresh), now, now.plus(refreshTokenLifetime), null, null));
        Authentication authentication = Authentication.build(user.userId(), List.of(user.role().name()),
                Map.of(TokenClaims.ORGANISATION, user.organisationId(), TokenClaims.LANGUAGE, user.language(),
                        TokenClaims.SESSION, familyId));
        String access = tokenGenerator.generateToken(authentication, accessTokenSeconds)
                .orElseThrow(() -> new IllegalStateException("JWT signing is not configured"));
        return new TokenPair(access, refresh, accessTokenSeconds);
    }
}
