package org.homeward.portal.notifications;

import org.homeward.push.preferences.NotificationPreferences;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The preferences form as the person edits it; times go to the service as "HH:mm". */
public class PreferencesDraft {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private boolean detailed;
    private LocalTime quietFrom;
    private LocalTime quietUntil;

    static PreferencesDraft of(NotificationPreferences saved) {
        PreferencesDraft draft = new PreferencesDraft();
        draft.detailed = saved.detailed();
        draft.quietFrom = saved.quietFrom();
        draft.quietUntil = saved.quietUntil();
        return draft;
    }

    static String text(LocalTime time) {
        return time == null ? null : HOURS_MINUTES.format(time);
    }

    public boolean isDetailed() { return detailed; }
    public void setDetailed(boolean detailed) { this.detailed = detailed; }
    public LocalTime getQuietFrom() { return quietFrom; }
    public void setQuietFrom(LocalTime quietFrom) { this.quietFrom = quietFrom; }
    public LocalTime getQuietUntil() { return quietUntil; }
    public void setQuietUntil(LocalTime quietUntil) { this.quietUntil = quietUntil; }
}
