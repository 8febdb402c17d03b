package org.homeward.checkins;

/**
 * What a mentor is worried about. Screens say these in plain words ("Contact with someone who
 * harmed or exploited them"), never as a label for the person.
 */
public enum ConcernKind {
    SAFETY,
    HOUSING_LOSS,
    RELAPSE,
    FORMER_EXPLOITER_CONTACT,
    OTHER
}
