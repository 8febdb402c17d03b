package org.homeward.push.preferences;

/** Published after a person changed their preferences: reminders planned with the old quiet hours move. */
public record PreferencesChanged(String userId) {
}
