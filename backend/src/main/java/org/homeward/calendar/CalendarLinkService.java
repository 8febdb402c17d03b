package org.homeward.calendar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.appointments.Appointment;
import org.homeward.appointments.AppointmentRepository;
import org.homeward.appointments.AppointmentStatus;
import org.homeward.common.DomainException;
import org.homeward.common.Ids;
import org.homeward.common.SecretTokens;
import org.homeward.i18n.Languages;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.people.Role;
import org.homeward.people.SpokenLanguages;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Private calendar links: a participant makes one (which revokes the one before), their calendar
 * app subscribes to it, and they can revoke it. The link's token is its only credential, so the
 * feed answers an unknown, revoked or malformed token, or the link of an account that is no longer
 * active, with the same 404.
 *
 * <p>The feed holds the appointments from 30 days ago on that are booked or were kept or missed.
 * Cancelled (and rescheduled) appointments are left out rather than sent as {@code STATUS:CANCELLED}:
 * not every calendar app shows that status, and a cancelled appointment that looks booked would send
 * someone to a door that is closed. Left out, it disappears from the app at its next refresh.
 */
@Singleton
public class CalendarLinkService {

    public static final String FEED_PATH_PREFIX = "/api/calendar/";
    public static final String FEED_PATH_SUFFIX = ".ics";
    static final Duration PAST = Duration.ofDays(30);

    private final CalendarLinkRepository links;
    private final UserAccountRepository users;
    private final AppointmentRepository appointments;
    private final ProfileService profiles;
    private final Languages languages;
    private final CalendarFeedWriter writer;
    private final Clock clock;

    CalendarLinkService(CalendarLinkRepository links, UserAccountRepository users, AppointmentRepository appointments,
                        ProfileService profiles, Languages languages, CalendarFeedWriter writer, Clock clock) {
        this.links = links;
        this.users = users;
        this.appointments = appointments;
        this.profiles = profiles;
        this.languages = languages;
        this.writer = writer;
        this.clock = clock;
    }

    /** A new private link for the participant themself; any earlier link stops working. */
    @Transactional
    public NewCalendarLink create(Caller caller, boolean detailed) {
        UserAccount participant = requireParticipant(caller);
        links.lockParticipant(participant.id()).orElseThrow(DomainException::notFound);
        Instant now = clock.instant();
        links.revokeAllOf(participant.id(), now);
        String token = SecretTokens.randomToken();
        links.save(new CalendarLink(Ids.newId(), participant.organisationId(), participant.id(),
                SecretTokens.sha256(token), detailed, now, null));
        return new NewCalendarLink(token, detailed, now);
    }

    /** Revokes the participant's link; nothing to revoke is fine too. */
    @Transactional
    public void revoke(Caller caller) {
        UserAccount participant = requireParticipant(caller);
        links.revokeAllOf(participant.id(), clock.instant());
    }

    /** The iCalendar text behind a link's token. */
    @Transactional(readOnly = true)
    public String feed(String token) {
        if (!SecretTokens.looksLikeToken(token)) {
            throw DomainException.notFound();
        }
        CalendarLink link = links.findByTokenHashAndRevokedAtIsNull(SecretTokens.sha256(token))
                .orElseThrow(DomainException::notFound);
        UserAccount participant = users.findById(link.participantId())
                .filter(UserAccount::isActive)
                .filter(account -> account.role() == Role.PARTICIPANT)
                .filter(account -> account.organisationId().equals(link.organisationId()))
                .orElseThrow(DomainException::notFound);
        Instant from = clock.instant().minus(PAST);
        List<Appointment> shown = appointments
                .findByParticipantIdAndDeletedAtIsNullAndStartsAtGreaterThanEqualsOrderByStartsAt(participant.id(), from)
                .stream()
                .filter(appointment -> appointment.organisationId().equals(link.organisationId()))
                .filter(appointment -> appointment.status() != AppointmentStatus.CANCELLED)
                .toList();
        return writer.write(shown, localeOf(participant), link.detailed(), participant.timeZone(), from);
    }

    private Locale localeOf(UserAccount participant) {
        SpokenLanguages spoken = profiles.spokenLanguages(participant.id());
        return languages.resolve(spoken.saved(), null, spoken.organisationDefault()).locale();
    }

    private UserAccount requireParticipant(Caller caller) {
        if (!caller.is(Role.PARTICIPANT)) {
            throw DomainException.forbidden();
        }
        return users.findById(caller.userId())
                .filter(account -> account.role() == Role.PARTICIPANT)
                .filter(account -> account.organisationId().equals(caller.organisationId()))
                .orElseThrow(DomainException::notFound);
    }
}
