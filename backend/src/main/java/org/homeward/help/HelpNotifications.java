package org.homeward.help;

import jakarta.inject.Singleton;
import org.homeward.notifications.NotificationTexts;
import org.homeward.people.ProfileService;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.push.Subject;
import org.homeward.push.outbox.Outbox;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Push for help requests, written to the outbox in the transaction of the change: a new or
 * escalated request goes to its responders at once and urgently (quiet hours or not); the
 * participant hears when it was seen and when it was closed. Each text is in its reader's language.
 */
@Singleton
public class HelpNotifications {

    private final Outbox outbox;
    private final NotificationTexts texts;
    private final ProfileService profiles;
    private final UserAccountRepository users;

    public HelpNotifications(Outbox outbox, NotificationTexts texts, ProfileService profiles,
                             UserAccountRepository users) {
        this.outbox = outbox;
        this.texts = texts;
        this.profiles = profiles;
        this.users = users;
    }

    void raised(HelpRequest request, UserAccount participant, Collection<String> responders) {
        tellResponders("help.raised", request, participant, responders);
    }

    void escalated(HelpRequest request, UserAccount participant, Collection<String> responders) {
        tellResponders("help.escalated", request, participant, responders);
    }

    void participantWrote(HelpRequest request, UserAccount participant, Collection<String> responders) {
        tellResponders("help.message", request, participant, responders);
    }

    void acknowledged(HelpRequest request, UserAccount participant, UserAccount by) {
        Locale language = profiles.readerLanguage(participant).locale();
        outbox.send(texts.draft(participant.id(), language, "help.acknowledged", subject(request),
                Map.of("name", by.displayName(),
                        "time", texts.time(request.acknowledgedAt(), ZoneId.of(participant.timeZone()), language)),
                true));
    }

    void resolved(HelpRequest request, UserAccount participant) {
        Locale language = profiles.readerLanguage(participant).locale();
        outbox.send(texts.draft(participant.id(), language, "help.resolved", subject(request),
                Map.of("outcome", texts.text(language, "helpOutcome." + request.outcome().name())), false));
    }

    private void tellResponders(String key, HelpRequest request, UserAccount participant,
                                Collection<String> responders) {
        if (responders.isEmpty()) {
            return;
        }
        for (UserAccount responder : users.findByIdInList(responders)) {
            Locale language = profiles.readerLanguage(responder).locale();
            String category = request.category() == null ? "none"
                    : texts.text(language, "helpCategory." + request.category().name());
            outbox.send(texts.draft(responder.id(), language, key, subject(request),
                    Map.of("name", participant.displayName(), "category", category,
                            "urgency", texts.text(language, "urgency." + request.urgency().name())), true));
        }
    }

    private static Subject subject(HelpRequest request) {
        return new Subject(Subject.HELP_REQUEST, request.id());
    }
}
