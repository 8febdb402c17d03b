package org.homeward.portal.audit;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.audit.AuditAction;
import org.homeward.portal.i18n.Moments;

import java.time.ZoneId;
import java.util.stream.Collectors;

/** One person's looks (or changes) on one day: who, in which role, what, and when last. */
class LookCard extends HorizontalLayout {

    LookCard(LookGroup group, ZoneId zone) {
        addClassName("look-card");
        setWidthFull();
        getStyle().set("border-block-end", "1px solid var(--lumo-contrast-10pct)").set("padding-block", "var(--lumo-space-s)");
        var icon = (group.action() == AuditAction.CHANGE ? VaadinIcon.EDIT : VaadinIcon.EYE).create();
        icon.getStyle().set("flex", "none");
        String kinds = group.kinds().stream().map(kind -> getTranslation("dataKind." + kind.name()))
                .collect(Collectors.joining(", "));
        Span who = new Span(getTranslation("person.withRole", "name", group.actorName(),
                "role", getTranslation("role." + group.actorRole().name())));
        who.getStyle().set("font-weight", "600");
        VerticalLayout text = new VerticalLayout(who,
                new Span(getTranslation(group.action() == AuditAction.CHANGE ? "whoLooked.changed" : "whoLooked.read",
                        "kinds", kinds)),
                new Div(new Span(Moments.compact(group.latest(), zone))));
        text.setPadding(false);
        text.setSpacing(false);
        add(icon, text);
    }
}
