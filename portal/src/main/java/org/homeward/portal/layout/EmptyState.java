package org.homeward.portal.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A quiet line where a list has nothing to show yet. */
public final class EmptyState {

    private EmptyState() {
    }

    public static Div of(String text) {
        Div div = new Div(new Span(text));
        div.addClassName("empty-state");
        div.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return div;
    }
}
