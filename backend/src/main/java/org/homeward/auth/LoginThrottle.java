package org.homeward.auth;

import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.common.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Slows repeated failed sign-ins for one username: three tries are free, then each further failure
 * doubles the wait (2 s, 4 s, 8 s ... up to 5 minutes). It counts by the typed username whether or
 * not an account has it, so the delay itself never tells anyone that a username exists.
 */
@Singleton
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    static final int FREE_ATTEMPTS = 3;
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final LoginAttemptRepository attempts;
    private final Clock clock;

    public LoginThrottle(LoginAttemptRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /** @throws DomainException (too many attempts, with the seconds to wait) while the account is cooling down */
    public void checkAllowed(String username) {
        attempts.findById(key(username)).ifPresent(attempt -> {
            Duration wait = waitAfter(attempt.failures());
            Instant allowedFrom = attempt.lastFailureAt().plus(wait);
            Instant now = clock.instant();
            if (now.isBefore(allowedFrom)) {
                long seconds = Math.max(1, Duration.between(now, allowedFrom).toSeconds() + 1);
                throw new DomainException(ProblemKind.TOO_MANY_ATTEMPTS, "login.slowDown",
                        Map.of("seconds", seconds), List.of());
            }
        });
    }

    public void recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        LoginAttempt updated = attempts.findById(key)
                .map(attempt -> new LoginAttempt(key, attempt.failures() + 1, now))
                .orElseGet(() -> new LoginAttempt(key, 1, now));
        if (updated.failures() == 1) {
            attempts.save(updated);
        } else {
            attempts.update(updated);
        }
        if (updated.failures() >= FREE_ATTEMPTS) {
            // The key, not the username: logs are read by more people than the user table.
            LOG.warn("Repeated failed sign-ins: {} in a row for username key {}", updated.failures(),
                    key.substring(0, 12));
        }
    }

    public void recordSuccess(String username) {
        attempts.deleteById(key(username));
    }

    static Duration waitAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - FREE_ATTEMPTS + 1, 20);
        Duration wait = Duration.ofSeconds(1L << exponent);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static String key(String username) {
        return TokenHashes.sha256(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }
}
