package org.homeward.support;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.homeward.common.ClockFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system clock until a test freezes it, so rules that depend
 * on elapsed time (throttling, expiry) can be checked without waiting and without racing real time.
 * Tests that freeze or move it call {@link #reset()} in {@code @BeforeEach}.
 */
@Singleton
@Requires(env = Environment.TEST)
@Replaces(bean = Clock.class, factory = ClockFactory.class)
public class TestClock extends Clock {

    private volatile Instant frozenAt;

    /** Stops time at the current instant. */
    public void freeze() {
        frozenAt = Instant.now();
    }

    /** Stops time at a chosen instant, for rules that depend on the date (time zones, daylight saving). */
    public void freezeAt(Instant instant) {
        frozenAt = instant;
    }

    /** Moves frozen time forward. */
    public void advance(Duration duration) {
        if (frozenAt == null) {
            throw new IllegalStateException("freeze the clock before moving it");
        }
        frozenAt = frozenAt.plus(duration);
    }

    /** Back to the system clock. */
    public void reset() {
        frozenAt = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same (possibly frozen) time, read in another zone: services ask for "today" where a participant lives. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt;
        return frozen != null ? frozen : Instant.now();
    }
}
