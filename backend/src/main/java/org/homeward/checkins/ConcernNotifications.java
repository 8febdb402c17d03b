package org.homeward.checkins;

import jakarta.inject.Singleton;
import org.homeward.notifications.NotificationTexts;
import org.homeward.people.ProfileService;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.push.Subject;
import org.homeward.push.outbox.Outbox;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A concern goes to every assigned caseworker at once (urgent: quiet hours or not), in the
 * transaction that stores it, each text in its reader's language. The lock screen stays neutral
 * unless the caseworker chose detailed notifications.
 */
@Singleton
class ConcernNotifications {

    static final String SUBJECT = "CONCERN";

    private final Outbox outbox;
    private final NotificationTexts texts;
    private final ProfileService profiles;
    private final UserAccountRepository users;

    ConcernNotifications(Outbox outbox, NotificationTexts texts, ProfileService profiles, UserAccountRepository users) {
        this.outbox = outbox;
        this.texts = texts;
        this.profiles = profiles;
        this.users = users;
    }

    void raised(Concern concern, UserAccount participant, UserAccount mentor, Collection<String> caseworkers) {
        if (caseworkers.isEmpty()) {
            return;
        }
        for (UserAccount caseworker : users.findByIdInList(caseworkers)) {
            Locale language = profiles.readerLanguage(caseworker).locale();
            outbox.send(texts.draft(caseworker.id(), language, "concern.raised", new Subject(SUBJECT, concern.id()),
                    Map.of("name", participant.displayName(), "mentor", mentor.displayName(),
                            "kind", texts.text(language, "concernKind." + concern.kind().name())), true));
        }
    }
}
