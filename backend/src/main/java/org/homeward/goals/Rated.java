package org.homeward.goals;

/** A stored rating, and whether it replaced one the same rater role had given that day. */
public record Rated(RatingView rating, boolean replacedEarlier) {
}
