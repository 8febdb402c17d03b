package org.homeward.goals;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * New values for a goal; a field left out (null) keeps its value. An empty {@code baselineNote}
 * clears the note; an empty {@code taskIds} unlinks every task. The domain stays: a goal in another
 * domain is another goal.
 */
public record GoalChange(
        @Nullable String wording,
        @Nullable String baselineNote,
        @Nullable Integer baselineRating,
        @Nullable GoalStatus status,
        @Nullable List<String> taskIds) {
}
