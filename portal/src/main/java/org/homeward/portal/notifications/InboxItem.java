package org.homeward.portal.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.push.outbox.Notification;

import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * One notification in full: title, text and when. An unread one stands out (a coloured edge, the
 * word "New", its title in bold) until the person taps it or "Mark as read".
 */
public class InboxItem extends VerticalLayout {

    private final Span newBadge = new Span();
    private final Span title;
    private final Button markRead = new Button();
    private boolean read;

    InboxItem(Notification notification, ZoneId zone, Predicate<Notification> onRead) {
        addClassName("inbox-item");
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-sizing", "border-box")
                .set("cursor", "pointer");
        title = new Span(notification.title());
        title.addClassName("inbox-title");
        newBadge.setText(getTranslation("notifications.new"));
        newBadge.getElement().getThemeList().add("badge primary");
        HorizontalLayout header = new HorizontalLayout(title, newBadge);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        Paragraph body = new Paragraph(notification.body());
        body.getStyle().set("margin", "0");
        Span when = new Span(NotificationFormats.inFull(notification.due(), zone));
        when.addClassName("inbox-when");
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        markRead.setText(getTranslation("notifications.markRead"));
        markRead.addClassName("inbox-mark-read");
        markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markRead.getStyle().set("min-height", "44px");
        add(header, body, when, markRead);
        show(notification.isRead());
        Runnable open = () -> {
            if (!read && onRead.test(notification)) {
                show(true);
            }
        };
        addClickListener(click -> open.run());
        markRead.addClickListener(click -> open.run());
    }

    public boolean isRead() {
        return read;
    }

    private void show(boolean isRead) {
        read = isRead;
        newBadge.setVisible(!isRead);
        markRead.setVisible(!isRead);
        title.getStyle().set("font-weight", isRead ? "500" : "700");
        getStyle().set("border-inline-start", isRead ? "1px solid var(--lumo-contrast-10pct)"
                : "6px solid var(--lumo-primary-color)");
        getElement().setAttribute("data-unread", String.valueOf(!isRead));
        if (isRead) {
            removeClassName("unread");
        } else {
            addClassName("unread");
        }
    }
}
