package org.homeward.portal.notifications;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.notifications.SentNotification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * For a participant's caseworker: notifications that never reached the person's phone, so that
 * they can check the phone together. Only the lock-screen text is shown.
 */
public class UndeliveredNotifications extends VerticalLayout {

    /** @param zone the participant's zone, as for everything else on their page */
    public UndeliveredNotifications(List<SentNotification> failed, ZoneId zone) {
        setId("undelivered-notifications");
        setPadding(false);
        H3 title = new H3(getTranslation("undelivered.title"));
        HorizontalLayout header = new HorizontalLayout(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Paragraph hint = new Paragraph(getTranslation("undelivered.hint"));
        hint.getStyle().set("margin-top", "0");
        add(header, hint);
        for (SentNotification notification : failed) {
            add(item(notification, zone));
        }
    }

    private VerticalLayout item(SentNotification notification, ZoneId zone) {
        Span when = new Span(NotificationFormats.inFull(Instant.ofEpochMilli(notification.dueAt()), zone));
        when.getStyle().set("font-weight", "600");
        Span text = new Span(getTranslation("undelivered.text", "title", notification.title(),
                "body", notification.body()));
        VerticalLayout item = new VerticalLayout(when, text);
        if (notification.lastError() != null) {
            Span error = new Span(getTranslation("undelivered.error", "value", notification.lastError()));
            error.getStyle().set("color", "var(--lumo-secondary-text-color)");
            item.add(error);
        }
        item.addClassName("undelivered-notification");
        item.setPadding(true);
        item.setSpacing(false);
        item.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-inline-start", "6px solid var(--lumo-error-color)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-sizing", "border-box")
                .set("max-width", "40rem");
        return item;
    }
}
