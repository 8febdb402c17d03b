package org.homeward.portal.contacts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.contacts.ContactRelation;

/** A bordered card: a name, a few quiet lines under it, and a row of actions that wraps on a phone. */
class ContactCard extends VerticalLayout {

    private final FlexLayout actions = new FlexLayout();

    ContactCard(String name) {
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-sizing", "border-box")
                .set("max-width", "100%");
        Span title = new Span(name);
        title.addClassName("contact-name");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        add(title);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)").set("margin-top", "var(--lumo-space-s)");
    }

    /** A quiet line under the name; nothing when the value is empty. */
    ContactCard line(String text) {
        if (text != null && !text.isBlank()) {
            Span line = new Span(text);
            line.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(line);
        }
        return this;
    }

    /** Who the person is to the participant, in the reader's language; nothing when not said. */
    ContactCard relation(ContactRelation relation) {
        return relation == null ? this : line(getTranslation("contactRelation." + relation.name()));
    }

    ContactCard lineOf(Component component) {
        add(component);
        return this;
    }

    ContactCard action(Component action) {
        if (actions.getParent().isEmpty()) {
            add(actions);
        }
        actions.add(action);
        return this;
    }
}
