package org.homeward.checkins;

/** The answer to "does the person feel in control of their life today?", in their own words. */
public enum InControl {
    YES,
    PARTLY,
    NO
}
