package org.homeward.calendar;

import jakarta.inject.Singleton;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.homeward.appointments.Appointment;
import org.homeward.appointments.AppointmentCategory;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes appointments as an RFC 5545 calendar (ical4j 4). Discreet by default: the title is a
 * neutral word for "Appointment" in the participant's language, with the time and the place (needed
 * to get there) and nothing else: no category, agency, caseworker or organisation. A detailed link
 * adds the kind of appointment to the title, and what to bring, the interpreter, who comes along,
 * directions and the contact phone to the description.
 *
 * <p>Times carry the appointment's own zone (TZID plus its VTIMEZONE) where ical4j's definition
 * of the zone agrees with the JDK's, else they are written in UTC; see {@link CalendarTimeZones}.
 */
@Singleton
class CalendarFeedWriter {

    static final String PRODUCT_ID = "-//Homeward//Private calendar//EN";
    static final String UID_SUFFIX = "@homeward";
    /** How often calendar apps should fetch the feed again (RFC 7986, and the older Outlook hint). */
    static final Duration REFRESH = Duration.ofHours(1);

    private final Messages messages;
    private final CalendarTimeZones timeZones;

    CalendarFeedWriter(Messages messages, CalendarTimeZones timeZones) {
        this.messages = messages;
        this.timeZones = timeZones;
    }

    /**
     * The calendar text (CRLF lines, folded at 75 octets) of these appointments, which start at
     * {@code from} or later (time zones are defined from then on). The participant's own zone is
     * always defined, so even a feed without appointments holds the one component that RFC 5545 asks
     * of every calendar.
     */
    String write(List<Appointment> appointments, Locale locale, boolean detailed, String participantZone,
                 Instant from) {
        Instant earliest = appointments.stream().map(Appointment::startsAt).min(Instant::compareTo)
                .filter(start -> start.isBefore(from)).orElse(from);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));

        Map<String, VTimeZone> usedZones = new LinkedHashMap<>();
        timeZones.find(participantZone, earliest)
                .ifPresent(zone -> usedZones.put(zone.zoneId().getId(), zone.definition()));
        List<VEvent> events = new ArrayList<>();
        for (Appointment appointment : appointments) {
            events.add(event(appointment, locale, detailed, earliest, usedZones));
        }
        usedZones.values().forEach(calendar::add);
        events.forEach(calendar::add);
        if (usedZones.isEmpty() && events.isEmpty()) {
            timeZones.find("Etc/UTC", earliest).ifPresent(zone -> calendar.add(zone.definition()));
        }

        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private VEvent event(Appointment appointment, Locale locale, boolean detailed, Instant from,
                         Map<String, VTimeZone> usedZones) {
        Instant start = appointment.startsAt();
        Instant end = start.plus(Duration.ofMinutes(appointment.durationMinutes()));
        String summary = summary(appointment, locale, detailed);
        Optional<CalendarTimeZones.Zone> zone = timeZones.find(appointment.timeZone(), from)
                .filter(z -> z.agreesAt(start) && z.agreesAt(end));
        VEvent event;
        if (zone.isPresent()) {
            ZonedDateTime localStart = start.atZone(zone.get().zoneId());
            event = new VEvent(localStart, end.atZone(zone.get().zoneId()), summary);
            usedZones.putIfAbsent(zone.get().zoneId().getId(), zone.get().definition());
        } else {
            event = new VEvent(start, end, summary);
        }
        // Without METHOD, DTSTAMP is when the information last changed (RFC 5545, 3.8.7.2).
        event.replace(new DtStamp(appointment.updatedAt()));
        event.add(new LastModified(appointment.updatedAt()));
        event.add(new Uid(appointment.id() + UID_SUFFIX));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        event.add(ImmutableClazz.PRIVATE);
        location(appointment).ifPresent(place -> event.add(new Location(place)));
        if (detailed) {
            description(appointment, locale).ifPresent(text -> event.add(new Description(text)));
        }
        return event;
    }

    private String summary(Appointment appointment, Locale locale, boolean detailed) {
        if (detailed && appointment.category() != AppointmentCategory.OTHER) {
            return messages.get(Bundle.TASKS, locale, "appointmentCategory." + appointment.category().name());
        }
        return messages.get(Bundle.PORTAL, locale, "calendar.appointment");
    }

    private static Optional<String> location(Appointment appointment) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, appointment.placeName());
        addIfPresent(parts, appointment.address());
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    private Optional<String> description(Appointment appointment, Locale locale) {
        List<String> lines = new ArrayList<>();
        line(lines, locale, "calendar.whatToBring", "what", appointment.whatToBring());
        line(lines, locale, "calendar.interpreter", "language", languageName(appointment.interpreterLanguage(), locale));
        line(lines, locale, "calendar.accompaniedBy", "name", appointment.accompaniedBy());
        line(lines, locale, "calendar.directions", "directions", appointment.directions());
        line(lines, locale, "calendar.contactPhone", "phone", appointment.contactPhone());
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    private void line(List<String> lines, Locale locale, String key, String argument, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(messages.format(Bundle.PORTAL, locale, key, Map.of(argument, value.trim())));
        }
    }

    /** "Romanian" for {@code ro}, in the reader's language; the tag itself if the JDK has no name. */
    private static String languageName(String tag, Locale locale) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(locale);
        return name.isBlank() ? tag : name;
    }

    private static void addIfPresent(List<String> parts, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text.trim());
        }
    }
}
