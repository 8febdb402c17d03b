package org.homeward.i18n;

/** The message bundles; each is a family of UTF-8 properties files under {@code org/homeward/i18n}. */
public enum Bundle {
    /** Portal screens. */
    PORTAL("portal"),
    /** API error titles and validation messages. */
    API("api"),
    /** The task template catalogue, life domains and appointment categories. */
    TASKS("tasks"),
    /** Notification texts: the neutral lock-screen words, reminders, alerts. */
    NOTIFICATIONS("notifications");

    private final String baseName;

    Bundle(String baseName) {
        this.baseName = baseName;
    }

    public String baseName() {
        return "org.homeward.i18n." + baseName;
    }

    public String fileName() {
        return baseName;
    }
}
