package org.homeward.goals.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.homeward.goals.GoalLimits;
import org.homeward.goals.NewRating;

import java.time.LocalDate;

@Serdeable
public record RatingRequest(
        @Nullable @Schema(description = "How far the goal has come, 0 to 4", minimum = "0", maximum = "4")
        Integer rating,
        @Nullable @Schema(description = "The day rated; default today where the participant lives; not in the future")
        LocalDate ratedOn,
        @Nullable @Schema(maxLength = GoalLimits.COMMENT_MAX) String comment) {

    NewRating toRating() {
        return new NewRating(rating, ratedOn, comment);
    }
}
