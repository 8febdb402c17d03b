package org.homeward.portal.checkins;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * Mood on five steps, shown as faces (stock Vaadin icons, coloured from low to good) with the step
 * in words beside each, so a screen reader and a reader who struggles with icons both know it.
 */
public final class MoodFaces {

    private static final VaadinIcon[] ICONS = {VaadinIcon.FROWN_O, VaadinIcon.FROWN_O, VaadinIcon.MEH_O,
            VaadinIcon.SMILEY_O, VaadinIcon.SMILEY_O};
    private static final String[] COLOURS = {"var(--lumo-error-color)", "var(--lumo-warning-color, #c77700)",
            "var(--lumo-secondary-text-color)", "var(--lumo-success-color)", "var(--lumo-success-color)"};

    private MoodFaces() {
    }

    /** The face for a mood from 1 to 5, labelled in words for screen readers. */
    public static Icon face(int mood) {
        int step = Math.max(1, Math.min(5, mood)) - 1;
        Icon icon = ICONS[step].create();
        icon.getStyle().set("color", COLOURS[step]);
        String words = UI.getCurrent() == null ? "" : UI.getCurrent().getTranslation("mood." + (step + 1));
        icon.getElement().setAttribute("role", "img");
        icon.getElement().setAttribute("aria-label", words);
        icon.getElement().setAttribute("title", words);
        icon.addClassName("mood-face");
        icon.getElement().setAttribute("data-mood", String.valueOf(step + 1));
        return icon;
    }

    /** A face with its words: for lists, where the step is read, not chosen. */
    public static Component faceWithWords(int mood) {
        Span words = new Span(UI.getCurrent().getTranslation("mood." + mood));
        HorizontalLayout row = new HorizontalLayout(face(mood), words);
        row.setSpacing(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return row;
    }

    /** Five choices, each a face and its words; large enough to tap. */
    public static RadioButtonGroup<Integer> picker(String label) {
        RadioButtonGroup<Integer> picker = new RadioButtonGroup<>();
        picker.setLabel(label);
        picker.setItems(1, 2, 3, 4, 5);
        picker.setRenderer(new ComponentRenderer<>(MoodFaces::faceWithWords));
        picker.addClassName("mood-picker");
        return picker;
    }
}
