package org.homeward.goals;

/** The limits of a goal's fields, in one place for the service, the API documentation and the portal's forms. */
public final class GoalLimits {

    public static final int WORDING_MAX = 200;
    public static final int BASELINE_NOTE_MAX = 500;
    public static final int COMMENT_MAX = 500;
    public static final int RATING_MIN = 0;
    public static final int RATING_MAX = 4;
    /** More links than this is a list of tasks, not the few steps that move one goal on. */
    public static final int LINKED_TASKS_MAX = 20;

    private GoalLimits() {
    }
}
