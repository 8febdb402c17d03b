package org.homeward.people;

/** Plans start before release and carry on after it. */
public enum ReleaseStatus {
    PRE_RELEASE,
    RELEASED
}
