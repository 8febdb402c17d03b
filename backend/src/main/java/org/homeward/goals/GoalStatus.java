package org.homeward.goals;

/** Where a goal stands. There is no "failed": a goal set aside is paused, and may be taken up again. */
public enum GoalStatus {
    ACTIVE,
    PAUSED,
    ACHIEVED
}
