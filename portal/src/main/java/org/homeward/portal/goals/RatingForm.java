package org.homeward.portal.goals;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.homeward.common.DomainException;
import org.homeward.goals.GoalLimits;
import org.homeward.goals.GoalService;
import org.homeward.goals.GoalView;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;

import java.util.Map;

/** Rates one goal for today: a step of the scale and an optional comment. Again today replaces it. */
public class RatingForm extends Details {

    private final Binder<RatingDraft> binder = new Binder<>(RatingDraft.class);
    private final RadioButtonGroup<Integer> rating;
    private final TextField comment = new TextField();
    private RatingDraft draft = new RatingDraft();

    /** @param summaryKey "how is it going" for the participant, "your rating" for a caseworker */
    RatingForm(GoalService goals, Caller rater, GoalView goal, String summaryKey, Runnable onSaved) {
        setSummaryText(getTranslation(summaryKey));
        addClassName("goal-rating-form");
        rating = GoalScale.picker(this, getTranslation("goalRating.rating"));
        comment.setLabel(getTranslation("goalRating.comment"));
        comment.setMaxLength(GoalLimits.COMMENT_MAX);
        comment.setWidthFull();
        binder.forField(rating).bind(RatingDraft::getRating, RatingDraft::setRating);
        binder.forField(comment).bind(RatingDraft::getComment, RatingDraft::setComment);
        binder.setBean(draft);
        Button save = new Button(getTranslation("goalRating.save"), click -> {
            Map<String, HasValidation> fields = Map.of("rating", rating, "comment", comment);
            FieldErrors.clear(fields);
            try {
                goals.rate(rater, goal.id(), draft.toCommand());
                draft = new RatingDraft();
                binder.setBean(draft);
                Notification.show(getTranslation("goalRating.saved"));
                onSaved.run();
            } catch (DomainException refused) {
                FieldErrors.show(this, fields, refused);
            }
        });
        save.addClassName("save-rating");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getStyle().set("min-height", "44px");
        VerticalLayout content = new VerticalLayout(rating, comment, save);
        content.setPadding(false);
        add(content);
    }
}
