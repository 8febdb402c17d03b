package org.homeward.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** One rating of a goal: whose view it is, the step on the 0 to 4 scale, the day, and an optional comment. */
@Serdeable
public record RatingView(
        String id,
        String goalId,
        RaterRole raterRole,
        int rating,
        LocalDate ratedOn,
        @Nullable String comment) {

    static RatingView of(GoalRating rating) {
        return new RatingView(rating.id(), rating.goalId(), rating.raterRole(), rating.rating(), rating.ratedOn(),
                rating.comment());
    }
}
