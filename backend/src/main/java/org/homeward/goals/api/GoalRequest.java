package org.homeward.goals.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.homeward.common.LifeDomain;
import org.homeward.goals.GoalChange;
import org.homeward.goals.GoalLimits;
import org.homeward.goals.GoalStatus;
import org.homeward.goals.NewGoal;

import java.util.List;

/** A goal as sent by a phone or the portal; on a change, a field left out keeps its value. */
@Serdeable
public record GoalRequest(
        @Nullable @Schema(description = "One of the life domains; fixed once the goal exists") LifeDomain domain,
        @Nullable @Schema(description = "The goal in the participant's words", maxLength = GoalLimits.WORDING_MAX)
        String wording,
        @Nullable @Schema(description = "Where things stand, in a few words", maxLength = GoalLimits.BASELINE_NOTE_MAX)
        String baselineNote,
        @Nullable @Schema(description = "Where things stand, 0 to 4", minimum = "0", maximum = "4")
        Integer baselineRating,
        @Nullable @Schema(description = "Only on a change; a new goal is ACTIVE") GoalStatus status,
        @Nullable @Schema(description = "Ids of the same participant's tasks that move this goal on")
        List<String> taskIds) {

    NewGoal toNewGoal() {
        return new NewGoal(domain, wording, baselineNote, baselineRating, taskIds);
    }

    GoalChange toChange() {
        return new GoalChange(wording, baselineNote, baselineRating, status, taskIds);
    }
}
