package org.homeward.help;

/** How a request ended. */
public enum HelpOutcome {
    HELP_ARRANGED, REFERRED, NO_LONGER_NEEDED, COULD_NOT_REACH
}
