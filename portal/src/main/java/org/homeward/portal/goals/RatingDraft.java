package org.homeward.portal.goals;

import org.homeward.goals.NewRating;

/** The mutable form behind {@link RatingForm}; becomes a {@link NewRating} for today. */
public class RatingDraft {

    private Integer rating;
    private String comment = "";

    NewRating toCommand() {
        return new NewRating(rating, null, comment);
    }

    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
