package org.homeward.push.outbox;

import jakarta.inject.Singleton;
import org.homeward.push.PushSettings;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: a fleet of dispatchers that failed together does not retry
 * together. A server's Retry-After is a floor.
 */
@Singleton
public class RetryPolicy {

    private final PushSettings settings;

    public RetryPolicy(PushSettings settings) {
        this.settings = settings;
    }

    public boolean mayRetryAfter(int attempts) {
        return attempts < settings.getMaxAttempts();
    }

    /** The wait before the next try, after {@code attempts} tries (1 or more). */
    public Duration delayAfter(int attempts, Duration retryAfter) {
        long base = settings.getRetryBase().toMillis();
        long cap = settings.getRetryMax().toMillis();
        long exponential = base << Math.min(Math.max(attempts - 1, 0), 20);
        long ceiling = Math.min(cap, exponential);
        long jittered = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        long floor = retryAfter == null ? 0 : retryAfter.toMillis();
        return Duration.ofMillis(Math.max(jittered, floor));
    }
}
