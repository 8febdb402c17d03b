package org.homeward.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** One person's view of how far a goal has come, on one day, on the same 0 to 4 scale as the baseline. */
@MappedEntity("goal_ratings")
public record GoalRating(
        @Id String id,
        String goalId,
        String participantId,
        String organisationId,
        String ratedBy,
        RaterRole raterRole,
        int rating,
        LocalDate ratedOn,
        @Nullable String comment,
        Instant createdAt) {
}
