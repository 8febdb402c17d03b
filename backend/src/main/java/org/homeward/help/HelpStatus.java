package org.homeward.help;

public enum HelpStatus {
    /** Sent; nobody has said they saw it yet. */
    OPEN,
    /** A caseworker saw it and said so. */
    ACKNOWLEDGED,
    RESOLVED,
    /** The participant took it back. */
    CANCELLED
}
