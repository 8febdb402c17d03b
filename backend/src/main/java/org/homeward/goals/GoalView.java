package org.homeward.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.common.LifeDomain;

import java.time.Instant;
import java.util.List;

/**
 * A goal with its starting point, its linked tasks (those not removed) and every rating, oldest
 * first. The participant's and the caseworker's ratings are told apart by {@code raterRole}; there is
 * no combined score.
 */
@Serdeable
public record GoalView(
        String id,
        String participantId,
        LifeDomain domain,
        String icon,
        String wording,
        @Nullable String baselineNote,
        int baselineRating,
        GoalStatus status,
        List<String> taskIds,
        Instant createdAt,
        Instant updatedAt,
        List<RatingView> ratings) {

    /** One rater role's ratings, oldest first: one line of the chart. */
    public List<RatingView> ratingsBy(RaterRole role) {
        return ratings.stream().filter(rating -> rating.raterRole() == role).toList();
    }
}
