package org.homeward.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;
import org.homeward.i18n.Languages;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.push.devices.Device;
import org.homeward.push.devices.Devices;
import org.homeward.push.devices.NewDevice;
import org.homeward.push.devices.Platform;
import org.homeward.push.outbox.Inbox;
import org.homeward.push.outbox.Notification;
import org.homeward.push.outbox.Outbox;
import org.homeward.push.preferences.NotificationPreferences;
import org.homeward.push.preferences.Preferences;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A signed-in person's own notifications: the devices they receive them on, what they were told,
 * and how they want to be told. Everyone may use it for themselves, and only for themselves.
 */
@Singleton
public class MyNotifications {

    static final int TOKEN_MAX = 1024;
    static final int APP_VERSION_MAX = 40;
    public static final int INBOX_MAX = 100;

    private final Devices devices;
    private final Inbox inbox;
    private final Outbox outbox;
    private final Preferences preferences;
    private final NotificationTexts texts;
    private final ProfileService profiles;
    private final Languages languages;

    public MyNotifications(Devices devices, Inbox inbox, Outbox outbox, Preferences preferences,
                           NotificationTexts texts, ProfileService profiles, Languages languages) {
        this.devices = devices;
        this.inbox = inbox;
        this.outbox = outbox;
        this.preferences = preferences;
        this.texts = texts;
        this.profiles = profiles;
        this.languages = languages;
    }

    /** Registers this phone's FCM token for the caller; the same token again updates it. */
    @Transactional
    public Device register(Caller caller, @Nullable String sessionId, @Nullable String token,
                           @Nullable Platform platform, @Nullable String appVersion, @Nullable String language) {
        List<FieldProblem> problems = new ArrayList<>();
        String trimmedToken = FieldChecks.trimmed(token);
        if (trimmedToken == null) {
            problems.add(new FieldProblem("token", "field.required"));
        }
        FieldChecks.checkLength(problems, "token", trimmedToken, TOKEN_MAX);
        if (platform == null) {
            problems.add(new FieldProblem("platform", "field.required"));
        }
        String version = FieldChecks.trimmed(appVersion);
        FieldChecks.checkLength(problems, "appVersion", version, APP_VERSION_MAX);
        String tag = FieldChecks.trimmed(language);
        if (tag != null && !languages.isSupported(tag)) {
            problems.add(new FieldProblem("language", "language.unsupported"));
        }
        FieldChecks.throwIfAny(problems);
        return devices.register(caller.userId(), sessionId, new NewDevice(trimmedToken, platform, version, tag));
    }

    @Transactional(readOnly = true)
    public List<Device> devices(Caller caller) {
        return devices.of(caller.userId());
    }

    @Transactional
    public void removeDevice(Caller caller, String deviceId) {
        if (!devices.remove(caller.userId(), deviceId)) {
            throw DomainException.notFound();
        }
    }

    /** A test notification to one of the caller's devices, to check that notifications reach it. */
    @Transactional
    public Notification test(Caller caller, String deviceId) {
        Device device = devices.find(caller.userId(), deviceId).orElseThrow(DomainException::notFound);
        return outbox.sendTo(texts.draft(caller.userId(), profiles.readerLanguage(caller.userId()).locale(), "test",
                null, Map.of(), false), device);
    }

    @Transactional(readOnly = true)
    public List<Notification> inbox(Caller caller, int limit) {
        return inbox.of(caller.userId(), Math.max(1, Math.min(INBOX_MAX, limit)));
    }

    @Transactional(readOnly = true)
    public long unread(Caller caller) {
        return inbox.unread(caller.userId());
    }

    @Transactional
    public Notification markRead(Caller caller, String notificationId) {
        return inbox.markRead(caller.userId(), notificationId).orElseThrow(DomainException::notFound);
    }

    @Transactional(readOnly = true)
    public NotificationPreferences preferences(Caller caller) {
        return preferences.of(caller.userId());
    }

    /** Detailed texts on the lock screen or not, and the quiet hours; a field left out keeps its value. */
    @Transactional
    public NotificationPreferences changePreferences(Caller caller, @Nullable Boolean detailed,
                                                     @Nullable String quietFrom, @Nullable String quietUntil) {
        NotificationPreferences current = preferences.of(caller.userId());
        List<FieldProblem> problems = new ArrayList<>();
        LocalTime from = time(problems, "quietFrom", quietFrom, current.quietFrom());
        LocalTime until = time(problems, "quietUntil", quietUntil, current.quietUntil());
        FieldChecks.throwIfAny(problems);
        return preferences.change(caller.userId(), detailed == null ? current.detailed() : detailed, from, until);
    }

    private static LocalTime time(List<FieldProblem> problems, String field, @Nullable String text, LocalTime current) {
        String trimmed = FieldChecks.trimmed(text);
        if (trimmed == null) {
            return current;
        }
        if (trimmed.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            return LocalTime.parse(trimmed);
        }
        problems.add(new FieldProblem(field, "notifications.timeOfDay"));
        return current;
    }
}
