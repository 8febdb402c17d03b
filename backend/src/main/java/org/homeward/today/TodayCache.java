package org.homeward.today;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The participants' days as last computed, each with the stamp it was computed for: the plan
 * version (raised by every write to their tasks and appointments, {@link PlanWrites}), the date and
 * time zone, and the language. A stamp that differs means the day is computed again; any number of
 * processes may keep their own copies, since the version is read from the database each time. The
 * entries also expire, so nothing outside the stamp (an organisation's default language) stays stale
 * for long.
 */
@Singleton
class TodayCache {

    record Stamp(long planVersion, LocalDate date, String timeZone, String language) {
    }

    private record Entry(Stamp stamp, Today today) {
    }

    private final Cache<String, Entry> days;

    TodayCache(@Value("${homeward.today.cache-size:50000}") long size) {
        this.days = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(Duration.ofMinutes(10)).build();
    }

    Today get(String participantId, Stamp stamp, Supplier<Today> compute) {
        Entry entry = days.getIfPresent(participantId);
        if (entry != null && entry.stamp().equals(stamp)) {
            return entry.today();
        }
        Today today = compute.get();
        days.put(participantId, new Entry(stamp, today));
        return today;
    }
}
