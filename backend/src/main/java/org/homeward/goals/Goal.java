package org.homeward.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.homeward.common.LifeDomain;

import java.time.Instant;

/**
 * Something the participant wants to reach in one life domain, in their own words, with the point
 * they started from ({@code baselineRating} 0 to 4 and a short note): progress is measured against it.
 */
@MappedEntity("goals")
public record Goal(
        @Id String id,
        String organisationId,
        String participantId,
        LifeDomain domain,
        String wording,
        @Nullable String baselineNote,
        int baselineRating,
        GoalStatus status,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    Goal changed(String newWording, @Nullable String newNote, int newBaseline, GoalStatus newStatus, Instant now) {
        return new Goal(id, organisationId, participantId, domain, newWording, newNote, newBaseline, newStatus,
                createdBy, createdAt, now);
    }
}
