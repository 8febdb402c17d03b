package org.homeward.goals;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** How far a goal has come, 0 to 4; {@code ratedOn} defaults to today where the participant lives. */
public record NewRating(@Nullable Integer rating, @Nullable LocalDate ratedOn, @Nullable String comment) {
}
