package org.homeward.portal.home;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A person shown by their chosen name, with what they are to the reader ("Your mentor"). */
public class PersonCard extends HorizontalLayout {

    public PersonCard(String displayName, String relation) {
        Avatar avatar = new Avatar(displayName);
        Span name = new Span(displayName);
        name.getStyle().set("font-weight", "600");
        Span what = new Span(relation);
        what.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout text = new VerticalLayout(name, what);
        text.setPadding(false);
        text.setSpacing(false);
        add(avatar, text);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        addClassName("person-card");
        getStyle().set("min-height", "56px").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("max-width", "100%").set("box-sizing", "border-box");
    }
}
