package org.homeward.calendar;

import jakarta.inject.Singleton;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The VTIMEZONE definitions that ical4j ships (from tzurl.org; no network), cut down to the rules
 * in force from a given day on: London's full history since 1847 is 6 KB that a phone on a small
 * data plan would fetch with every refresh, its rules since last month are half a kilobyte.
 *
 * <p>An event is written with its zone's TZID only where this cut-down definition and the JDK's
 * rules agree on the offset at its start and end; otherwise (an offset like {@code +02:00}, a zone
 * ical4j does not know, tz data of different ages that disagree) it is written in UTC. Either way the
 * instant is the stored one, so 09:00 in Bucharest shows as 09:00 on every phone, on both sides of a
 * clock change.
 */
@Singleton
class CalendarTimeZones {

    /** How far ahead an observance's onsets are looked for when deciding whether it still matters. */
    private static final int YEARS_AHEAD = 30;

    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<String, Cached> zones = new ConcurrentHashMap<>();

    /**
     * The zone under the id of ical4j's VTIMEZONE (aliases resolved: Europe/Kiev is Europe/Kyiv), with
     * the rules in force from the start of {@code from}'s day (UTC) on; empty if ical4j or the JDK does
     * not know it.
     */
    Optional<Zone> find(String zoneId, Instant from) {
        LocalDate day = LocalDate.ofInstant(from, ZoneOffset.UTC);
        Cached cached = zones.get(zoneId);
        if (cached == null || !cached.day().equals(day)) {
            cached = new Cached(day, load(zoneId, day));
            zones.put(zoneId, cached);
        }
        return cached.zone();
    }

    private synchronized Optional<Zone> load(String zoneId, LocalDate day) {
        VTimeZone full;
        try {
            TimeZone known = registry.getTimeZone(zoneId);
            full = known == null ? null : known.getVTimeZone();
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
        if (full == null || full.getTimeZoneId() == null) {
            return Optional.empty();
        }
        ZoneId javaZone;
        try {
            javaZone = ZoneId.of(full.getTimeZoneId().getValue());
        } catch (DateTimeException unknownToTheJdk) {
            return Optional.empty();
        }
        VTimeZone definition = from(full, day.atStartOfDay().atOffset(ZoneOffset.UTC));
        return Optional.of(new Zone(javaZone, definition, new TimeZone(definition)));
    }

    /** The observance in force at {@code start}, and every one with an onset after it. */
    private static VTimeZone from(VTimeZone full, OffsetDateTime start) {
        try {
            Observance current = full.getApplicableObservance(start);
            OffsetDateTime horizon = start.plusYears(YEARS_AHEAD);
            List<Observance> kept = new ArrayList<>();
            for (Observance observance : full.getObservances()) {
                OffsetDateTime latest = observance.getLatestOnset(horizon);
                if (observance == current || (latest != null && latest.isAfter(start))) {
                    kept.add(observance);
                }
            }
            return kept.isEmpty() ? full : new VTimeZone(full.getPropertyList(), new ComponentList<>(kept));
        } catch (RuntimeException cannotTell) {
            return full;
        }
    }

    private record Cached(LocalDate day, Optional<Zone> zone) {
    }

    /** A zone both ical4j and the JDK know by the same id, with the definition written to the feed. */
    record Zone(ZoneId zoneId, VTimeZone definition, TimeZone icalZone) {

        /** Whether a calendar app reading {@link #definition()} finds the same offset at this instant as we do. */
        boolean agreesAt(Instant instant) {
            long icalOffsetMillis = icalZone.getOffset(instant.toEpochMilli());
            long jdkOffsetMillis = zoneId.getRules().getOffset(instant).getTotalSeconds() * 1000L;
            return icalOffsetMillis == jdkOffsetMillis;
        }
    }
}
