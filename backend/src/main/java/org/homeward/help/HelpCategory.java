package org.homeward.help;

/** What the help is about, as the participant picks it (optional). */
public enum HelpCategory {
    SOMEWHERE_TO_SLEEP, MONEY_OR_FOOD, HEALTH, FEELING_UNSAFE, SOMEONE_PRESSURING_ME, LEGAL_OR_PAPERS,
    APPOINTMENT_PROBLEM, OTHER
}
