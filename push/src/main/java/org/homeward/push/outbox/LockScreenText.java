package org.homeward.push.outbox;

import jakarta.inject.Singleton;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.push.NotificationDraft;

/**
 * What a locked phone shows. Someone who exploited a person may be looking at that screen, so it
 * says nothing about what the notification is unless the person chose detailed notifications.
 */
@Singleton
public class LockScreenText {

    private final Messages messages;

    public LockScreenText(Messages messages) {
        this.messages = messages;
    }

    public Text of(NotificationDraft draft, boolean detailed) {
        if (detailed) {
            return new Text(draft.title(), draft.body());
        }
        return new Text(messages.get(Bundle.NOTIFICATIONS, draft.language(), "discreet.title"),
                messages.get(Bundle.NOTIFICATIONS, draft.language(), "discreet.body"));
    }

    public record Text(String title, String body) {
    }
}
