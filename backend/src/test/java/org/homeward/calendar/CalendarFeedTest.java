package org.homeward.calendar;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.homeward.appointments.Appointment;
import org.homeward.appointments.AppointmentCategory;
import org.homeward.appointments.AppointmentStatus;
import org.homeward.common.SecretTokens;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.AccountStatus;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.support.ApiClient;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A participant's private calendar link: made and revoked by the participant only, answered by an
 * anonymous iCalendar feed that shows time and place but no kind of appointment unless the link is
 * detailed, and that reveals nothing once revoked.
 */
@MicronautTest(transactional = false)
class CalendarFeedTest {

    private static final String LINK = "/api/v1/me/calendar-link";
    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestDatabase database;

    @Inject
    People people;

    @Inject
    AppointmentsOnFile appointments;

    @Inject
    CalendarLinkRepository links;

    @Inject
    UserAccountRepository users;

    @Inject
    Messages messages;

    ApiClient api;
    Organisation organisation;
    UserAccount participant;

    @BeforeEach
    void setUp() {
        database.clean();
        api = new ApiClient(http);
        organisation = people.anOrganisation();
        participant = people.aParticipant(organisation).build();
    }

    // --- making a link -------------------------------------------------------------------------

    @Test
    void newLinkIsAnAbsoluteFeedUrlThatIsNotDetailedByDefault() {
        HttpResponse<Map<String, Object>> response = api.exchange(HttpRequest.create(HttpMethod.POST, LINK)
                .bearerAuth(tokenOf(participant)));

        assertEquals(201, response.code(), () -> "create: " + response.getBody());
        Map<String, Object> link = body(response);
        String url = (String) link.get("url");
        assertTrue(url.matches("https?://[^/]+/api/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
        assertEquals(false, link.get("detailed"));
        assertTrue(link.get("createdAt") instanceof String, () -> "createdAt in " + link);
        assertEquals("no-store", response.getHeaders().get(HttpHeaders.CACHE_CONTROL));
    }

    @Test
    void bodyThatIsNotRightIsRefusedAndMakesNoLink() {
        assertFieldProblem(api.post(LINK, Map.of("detailed", "yes"), tokenOf(participant)), "detailed");
        assertFieldProblem(api.post(LINK, Map.of("detailed", true, "public", true), tokenOf(participant)), "public");
        assertEquals(0, database.count("calendar_links"));
    }

    @Test
    void tokenIsStoredOnlyAsItsHash() {
        String url = createLink(participant, false);
        String token = tokenIn(url);

        List<CalendarLink> stored = (List<CalendarLink>) links.findAll();

        assertEquals(1, stored.size());
        assertEquals(SecretTokens.sha256(token), stored.get(0).tokenHash());
        assertNotEquals(token, stored.get(0).tokenHash());
        assertEquals(participant.id(), stored.get(0).participantId());
        assertEquals(organisation.id(), stored.get(0).organisationId());
    }

    @Test
    void retryWithTheSameIdempotencyKeyMakesANewLinkAndStoresNoAnswer() {
        String key = "calendar-" + System.nanoTime();
        MutableHttpRequest<?> first = HttpRequest.POST(LINK, Map.of("detailed", false))
                .bearerAuth(tokenOf(participant)).header("Idempotency-Key", key);
        String firstUrl = (String) body(api.exchange(first)).get("url");
        MutableHttpRequest<?> retry = HttpRequest.POST(LINK, Map.of("detailed", false))
                .bearerAuth(tokenOf(participant)).header("Idempotency-Key", key);
        HttpResponse<Map<String, Object>> again = api.exchange(retry);

        assertEquals(201, again.code());
        String secondUrl = (String) body(again).get("url");
        assertNotEquals(firstUrl, secondUrl, "a retry is never a replay of a stored secret");
        assertEquals(0, database.count("idempotency_keys"), "the answer with the token is not kept");
        assertFeedNotFound(firstUrl);
        assertEquals(200, fetch(secondUrl).code());
    }

    @Test
    void mentorCannotMakeAParticipantsLink() {
        UserAccount mentor = people.aMentor(organisation).build();
        people.match(mentor, participant);

        assertProblem(api.post(LINK, Map.of("detailed", true), tokenOf(mentor)), 403);
        assertProblem(api.exchange(HttpRequest.DELETE(LINK).bearerAuth(tokenOf(mentor))), 403);
        assertEquals(0, database.count("calendar_links"));
    }

    @Test
    void caseworkerCannotMakeAParticipantsLink() {
        UserAccount caseworker = people.aCaseworker(organisation).build();
        people.assign(caseworker, participant);

        assertProblem(api.post(LINK, Map.of(), tokenOf(caseworker)), 403);
        assertEquals(0, database.count("calendar_links"));
    }

    @Test
    void withoutSigningInNoLinkIsMade() {
        assertProblem(api.post(LINK, Map.of(), null), 401);
        assertEquals(0, database.count("calendar_links"));
    }

    // --- what the feed shows -------------------------------------------------------------------

    @Test
    void feedShowsTheBookedAppointmentDiscreetlyWithItsPlace() throws Exception {
        Appointment booked = appointments.of(participant).category(AppointmentCategory.PROBATION)
                .place("Riverside Centre", "12 High Street, Leeds LS1 4AB").bring("Your licence papers")
                .accompaniedBy("Ana, your mentor").build();

        HttpResponse<String> response = fetch(createLink(participant, false));

        assertEquals(200, response.code());
        assertEquals("text/calendar", response.getContentType().map(type -> type.getName()).orElse(null));
        assertEquals("private, no-store", response.getHeaders().get(HttpHeaders.CACHE_CONTROL));
        Calendar calendar = parse(response.body());
        assertFalse(calendar.validate().hasErrors(), () -> "valid iCalendar: " + calendar.validate());
        assertEquals(CalendarFeedWriter.PRODUCT_ID, value(calendar.getProperty(Property.PRODID)));
        assertEquals("2.0", value(calendar.getProperty(Property.VERSION)));
        VEvent event = onlyEvent(calendar);
        assertEquals(booked.id() + "@homeward", value(event.getProperty(Property.UID)));
        String summary = value(event.getProperty(Property.SUMMARY));
        assertEquals(messages.get(Bundle.PORTAL, Locale.ENGLISH, "calendar.appointment"), summary);
        assertEquals("Appointment", summary);
        String text = response.body();
        assertFalse(text.toLowerCase(Locale.ROOT).contains("probation"), "no category word: " + text);
        assertFalse(text.contains("licence papers"), "no details in a plain link");
        assertFalse(text.contains("Ana"), "no companion in a plain link");
        assertEquals(Optional.empty(), event.getProperty(Property.DESCRIPTION));
        assertEquals(Optional.empty(), event.getProperty(Property.CATEGORIES));
        assertEquals("Riverside Centre, 12 High Street, Leeds LS1 4AB", value(event.getProperty(Property.LOCATION)));
        assertEquals(booked.startsAt(), instantOf(event.getProperty(Property.DTSTART)));
        assertEquals(booked.startsAt().plus(Duration.ofMinutes(60)), instantOf(event.getProperty(Property.DTEND)));
    }

    @Test
    void plainTitleIsInTheParticipantsLanguage() throws Exception {
        UserAccount speaker = people.aParticipant(organisation).speaking("ro").build();
        appointments.of(speaker).build();

        VEvent event = onlyEvent(parse(fetch(createLink(speaker, false)).body()));

        assertEquals(messages.get(Bundle.PORTAL, Locale.forLanguageTag("ro"), "calendar.appointment"),
                value(event.getProperty(Property.SUMMARY)));
    }

    @Test
    void detailedLinkShowsTheKindOfAppointmentAndWhatToBring() throws Exception {
        UserAccount speaker = people.aParticipant(organisation).speaking("ro").build();
        appointments.of(speaker).category(AppointmentCategory.PROBATION).bring("Your licence papers")
                .interpreter("ar").accompaniedBy("Ana, your mentor").build();

        HttpResponse<Map<String, Object>> created = api.post(LINK, Map.of("detailed", true), tokenOf(speaker));
        assertEquals(true, body(created).get("detailed"));
        VEvent event = onlyEvent(parse(fetch((String) body(created).get("url")).body()));

        Locale romanian = Locale.forLanguageTag("ro");
        String category = messages.get(Bundle.TASKS, romanian, "appointmentCategory.PROBATION");
        assertEquals(category, value(event.getProperty(Property.SUMMARY)));
        String description = value(event.getProperty(Property.DESCRIPTION));
        assertTrue(description.contains("Your licence papers"), description);
        assertTrue(description.contains("Ana, your mentor"), description);
        assertTrue(description.contains(Locale.forLanguageTag("ar").getDisplayName(romanian)), description);
        assertTrue(value(event.getProperty(Property.LOCATION)).contains("Riverside Centre"));
    }

    @Test
    void nineInTheMorningInBucharestStaysNineOnBothSidesOfTheClockChange() throws Exception {
        LocalDate change = LocalDate.ofInstant(
                BUCHAREST.getRules().nextTransition(Instant.now().plus(Duration.ofDays(3))).getInstant(), BUCHAREST);
        ZonedDateTime before = ZonedDateTime.of(change.minusDays(2), LocalTime.of(9, 0), BUCHAREST);
        ZonedDateTime after = ZonedDateTime.of(change.plusDays(2), LocalTime.of(9, 0), BUCHAREST);
        assertNotEquals(before.getOffset(), after.getOffset(), "the two days straddle a clock change");
        Appointment first = appointments.of(participant).at(before).build();
        Appointment second = appointments.of(participant).at(after).build();

        HttpResponse<String> response = fetch(createLink(participant, false));
        Calendar calendar = parse(response.body());

        assertTrue(response.body().contains("DTSTART;TZID=Europe/Bucharest:"), response.body());
        assertTrue(response.body().contains("TZID:Europe/Bucharest"), "the VTIMEZONE is included");
        Map<String, VEvent> byUid = eventsByUid(calendar);
        for (Appointment appointment : List.of(first, second)) {
            VEvent event = byUid.get(appointment.id() + "@homeward");
            ZonedDateTime start = zonedStartOf(event);
            assertEquals(9, start.withZoneSameInstant(BUCHAREST).getHour(), () -> "local start of " + start);
            assertEquals(0, start.withZoneSameInstant(BUCHAREST).getMinute());
            assertEquals(appointment.startsAt(), start.toInstant());
        }
    }

    @Test
    void zoneKnownByAnOldNameIsWrittenUnderItsCurrentName() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(LocalDate.now().plusDays(5), LocalTime.of(9, 30),
                ZoneId.of("Europe/Kiev"));
        appointments.of(participant).at(start).build();

        HttpResponse<String> response = fetch(createLink(participant, false));
        VEvent event = onlyEvent(parse(response.body()));

        assertTrue(response.body().contains("DTSTART;TZID=Europe/Kyiv:"), response.body());
        assertTrue(response.body().contains("TZID:Europe/Kyiv"), "its VTIMEZONE is included");
        assertEquals(start.toInstant(), zonedStartOf(event).toInstant());
    }

    @Test
    void timeZonesCarryOnlyTheRulesThatStillMatter() throws Exception {
        appointments.of(participant).build();

        String feed = fetch(createLink(participant, false)).body();

        assertTrue(feed.contains("TZID:Europe/London"), feed);
        assertFalse(feed.contains("DTSTART:1847"), "no rules from the nineteenth century: " + feed);
        assertTrue(feed.length() < 2500, () -> "a small feed for a small data plan: " + feed.length() + " characters");
    }

    @Test
    void zoneGivenAsAnOffsetIsWrittenInUtcAtTheSameInstant() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
        appointments.of(participant).at(start, "+02:00").build();

        HttpResponse<String> response = fetch(createLink(participant, false));
        VEvent event = onlyEvent(parse(response.body()));

        assertTrue(response.body().contains("DTSTART:"), response.body());
        assertEquals(start, instantOf(event.getProperty(Property.DTSTART)));
    }

    @Test
    void feedHoldsTheLastThirtyDaysAndTheFutureButNothingCancelledOrDeleted() throws Exception {
        Instant now = Instant.now();
        Appointment future = appointments.of(participant).at(now.plus(Duration.ofDays(200)), "Europe/London").build();
        Appointment kept = appointments.of(participant).at(now.minus(Duration.ofDays(10)), "Europe/London")
                .status(AppointmentStatus.FULFILLED).build();
        Appointment missed = appointments.of(participant).at(now.minus(Duration.ofDays(29)), "Europe/London")
                .status(AppointmentStatus.NOSHOW).build();
        Appointment awaitingOutcome = appointments.of(participant).at(now.minus(Duration.ofDays(2)), "Europe/London")
                .build();
        appointments.of(participant).at(now.minus(Duration.ofDays(31)), "Europe/London")
                .status(AppointmentStatus.FULFILLED).build();
        appointments.of(participant).at(now.plus(Duration.ofDays(4)), "Europe/London")
                .status(AppointmentStatus.CANCELLED).build();
        appointments.of(participant).at(now.plus(Duration.ofDays(6)), "Europe/London").deleted().build();

        Calendar calendar = parse(fetch(createLink(participant, false)).body());

        assertEquals(Set.of(future.id(), kept.id(), missed.id(), awaitingOutcome.id()).stream()
                        .map(id -> id + "@homeward").collect(Collectors.toSet()),
                eventsByUid(calendar).keySet());
    }

    @Test
    void feedOfOneParticipantNeverShowsAnothersAppointments() throws Exception {
        UserAccount other = people.aParticipant(organisation).build();
        UserAccount elsewhere = people.aParticipant(people.anOrganisation()).build();
        Appointment mine = appointments.of(participant).build();
        appointments.of(other).place("Other place", "Other street").build();
        appointments.of(elsewhere).place("Far place", "Far street").build();
        createLink(other, true);

        HttpResponse<String> response = fetch(createLink(participant, true));

        assertEquals(Set.of(mine.id() + "@homeward"), eventsByUid(parse(response.body())).keySet());
        assertFalse(response.body().contains("Other place"));
        assertFalse(response.body().contains("Far place"));
    }

    @Test
    void emptyFeedIsStillAValidCalendar() throws Exception {
        Calendar calendar = parse(fetch(createLink(participant, false)).body());

        assertEquals(0, calendar.getComponents(Component.VEVENT).size());
        assertFalse(calendar.validate().hasErrors(), () -> "valid iCalendar: " + calendar.validate());
    }

    // --- revoking, and what a stranger learns -------------------------------------------------------

    @Test
    void revokedLinkAnswersNotFoundLikeAnUnknownOne() {
        String url = createLink(participant, false);
        assertEquals(200, fetch(url).code());

        HttpResponse<Map<String, Object>> revoked = api.exchange(HttpRequest.DELETE(LINK)
                .bearerAuth(tokenOf(participant)));

        assertEquals(204, revoked.code());
        Map<String, Object> revokedProblem = assertFeedNotFound(url);
        Map<String, Object> unknownProblem = assertFeedNotFound(
                CalendarLinkService.FEED_PATH_PREFIX + SecretTokens.randomToken() + ".ics");
        assertEquals(unknownProblem, revokedProblem, "a revoked link tells nothing more than an unknown one");
    }

    @Test
    void revokingWithoutALinkIsFine() {
        assertEquals(204, api.exchange(HttpRequest.DELETE(LINK).bearerAuth(tokenOf(participant))).code());
    }

    @Test
    void unknownOrMalformedTokenAnswersNotFound() {
        assertFeedNotFound(CalendarLinkService.FEED_PATH_PREFIX + SecretTokens.randomToken() + ".ics");
        assertFeedNotFound(CalendarLinkService.FEED_PATH_PREFIX + "short.ics");
        assertFeedNotFound(CalendarLinkService.FEED_PATH_PREFIX + "x".repeat(44) + ".ics");
    }

    @Test
    void newLinkRevokesTheOldOne() {
        String old = createLink(participant, false);
        String current = createLink(participant, true);

        assertFeedNotFound(old);
        assertEquals(200, fetch(current).code());
        assertEquals(1, ((List<CalendarLink>) links.findAll()).stream().filter(CalendarLink::isActive).count());
    }

    @Test
    void linkOfADisabledAccountAnswersNotFound() {
        String url = createLink(participant, false);
        UserAccount p = participant;
        users.update(new UserAccount(p.id(), p.organisationId(), p.username(), p.phoneNumber(), p.role(),
                p.displayName(), p.language(), p.timeZone(), p.passwordHash(), AccountStatus.DISABLED, p.createdAt()));

        assertFeedNotFound(url);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String tokenOf(UserAccount user) {
        return api.login(user.username(), People.PASSWORD);
    }

    private String createLink(UserAccount owner, boolean detailed) {
        HttpResponse<Map<String, Object>> response = api.post(LINK, Map.of("detailed", detailed), tokenOf(owner));
        assertEquals(201, response.code(), () -> "create link: " + response.getBody());
        return (String) body(response).get("url");
    }

    private static String pathOf(String url) {
        return url.startsWith("/") ? url : URI.create(url).getRawPath();
    }

    private static String tokenIn(String url) {
        String path = pathOf(url);
        return path.substring(CalendarLinkService.FEED_PATH_PREFIX.length(), path.length() - ".ics".length());
    }

    private HttpResponse<String> fetch(String url) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET(pathOf(url)).accept("text/calendar"), String.class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError("feed answered " + e.getStatus() + ": " + e.getResponse().getBody(String.class)
                    .orElse(""), e);
        }
    }

    private Map<String, Object> assertFeedNotFound(String url) {
        HttpResponse<Map<String, Object>> response = api.exchange(HttpRequest.GET(pathOf(url))
                .accept("text/calendar"));
        return assertProblem(response, 404);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size(), () -> "events: " + events);
        return events.get(0);
    }

    private static Map<String, VEvent> eventsByUid(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().collect(Collectors.toMap(event -> value(event.getProperty(Property.UID)),
                event -> event));
    }

    private static String value(Optional<? extends Property> property) {
        return property.map(Property::getValue).orElseThrow(() -> new AssertionError("property missing"));
    }

    private static ZonedDateTime zonedStartOf(VEvent event) {
        Optional<DtStart<Temporal>> start = event.getProperty(Property.DTSTART);
        Temporal date = start.orElseThrow().getDate();
        assertTrue(date instanceof ZonedDateTime, () -> "a zoned start, was " + date);
        return (ZonedDateTime) date;
    }

    private static Instant instantOf(Optional<? extends Property> property) {
        Temporal date = ((net.fortuna.ical4j.model.property.DateProperty<?>) property.orElseThrow()).getDate();
        return Instant.from(date);
    }
}
