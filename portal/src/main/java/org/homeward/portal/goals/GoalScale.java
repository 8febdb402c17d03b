package org.homeward.portal.goals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import org.homeward.goals.GoalLimits;

import java.util.stream.IntStream;

/** The 0 to 4 scale in plain words: where things stand, never a mark out of four. */
final class GoalScale {

    private GoalScale() {
    }

    static String label(Component reader, int step) {
        return reader.getTranslation("goalScale." + step);
    }

    /** "2: On the way", as a choice or a point on the chart reads. */
    static String option(Component reader, int step) {
        return reader.getTranslation("goalScale.option", "step", step, "label", label(reader, step));
    }

    /** The five steps as large radio buttons, one per line (44 px each), for a thumb on a small screen. */
    static RadioButtonGroup<Integer> picker(Component reader, String label) {
        RadioButtonGroup<Integer> picker = new RadioButtonGroup<>(label);
        picker.setItems(IntStream.rangeClosed(GoalLimits.RATING_MIN, GoalLimits.RATING_MAX).boxed().toList());
        picker.setItemLabelGenerator(step -> option(reader, step));
        picker.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        picker.addClassName("goal-scale");
        picker.getChildren().forEach(button -> button.getElement().getStyle().set("min-height", "44px"));
        picker.getElement().getStyle().set("--vaadin-radio-button-size", "1.5rem");
        return picker;
    }
}
