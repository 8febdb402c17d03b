package org.homeward.goals;

/** Whose view of progress a rating is: the participant's own, or their caseworker's. Kept apart, never merged. */
public enum RaterRole {
    PARTICIPANT,
    CASEWORKER
}
