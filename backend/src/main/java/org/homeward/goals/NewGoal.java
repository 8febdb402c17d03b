package org.homeward.goals;

import io.micronaut.core.annotation.Nullable;
import org.homeward.common.LifeDomain;

import java.util.List;

/** A goal as the participant words it (alone or with their caseworker), with where things stand today. */
public record NewGoal(
        @Nullable LifeDomain domain,
        @Nullable String wording,
        @Nullable String baselineNote,
        @Nullable Integer baselineRating,
        @Nullable List<String> taskIds) {
}
