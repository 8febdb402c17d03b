package org.homeward.push.preferences;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.push.PushSettings;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each person's notification preferences; the organisation-wide defaults until they choose. */
@Singleton
public class Preferences {

    private final NotificationPreferencesRepository preferences;
    private final PushSettings settings;
    private final ApplicationEventPublisher<PreferencesChanged> changes;
    private final Clock clock;

    public Preferences(NotificationPreferencesRepository preferences, PushSettings settings,
                       ApplicationEventPublisher<PreferencesChanged> changes, Clock clock) {
        this.preferences = preferences;
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public NotificationPreferences of(String userId) {
        return preferences.findById(userId).orElseGet(() -> defaults(userId));
    }

    @Transactional(readOnly = true)
    public Map<String, NotificationPreferences> of(Collection<String> userIds) {
        Map<String, NotificationPreferences> found = preferences.findByUserIdInList(userIds).stream()
                .collect(Collectors.toMap(NotificationPreferences::userId, Function.identity()));
        return userIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> found.getOrDefault(id, defaults(id))));
    }

    @Transactional
    public NotificationPreferences change(String userId, boolean detailed, LocalTime quietFrom, LocalTime quietUntil) {
        NotificationPreferences changed = new NotificationPreferences(userId, detailed, quietFrom, quietUntil,
                clock.instant());
        NotificationPreferences saved = preferences.existsById(userId) ? preferences.update(changed)
                : preferences.save(changed);
        changes.publishEvent(new PreferencesChanged(userId));
        return saved;
    }

    private NotificationPreferences defaults(String userId) {
        return new NotificationPreferences(userId, false, settings.getQuietFrom(), settings.getQuietUntil(),
                clock.instant());
    }
}
