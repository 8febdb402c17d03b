package org.homeward.portal.notifications;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.common.DomainException;
import org.homeward.notifications.MyNotifications;
import org.homeward.people.Caller;
import org.homeward.portal.layout.EmptyState;
import org.homeward.push.outbox.Notification;

import java.time.ZoneId;
import java.util.List;

/** The person's notifications, newest first, with the number still unread in the heading. */
public class InboxPanel extends VerticalLayout {

    private final MyNotifications notifications;
    private final Caller me;
    private final ZoneId zone;
    private final Span unreadBadge = new Span();
    private final VerticalLayout items = new VerticalLayout();
    private long unread;

    InboxPanel(MyNotifications notifications, Caller me, ZoneId zone) {
        this.notifications = notifications;
        this.me = me;
        this.zone = zone;
        setId("inbox");
        setPadding(false);
        H3 heading = new H3(getTranslation("notifications.inbox"));
        unreadBadge.setId("inbox-unread");
        unreadBadge.getElement().getThemeList().add("badge primary pill");
        unreadBadge.getStyle().set("margin-inline-start", "var(--lumo-space-s)").set("vertical-align", "middle");
        heading.add(unreadBadge);
        items.setPadding(false);
        add(heading, items);
        refresh();
    }

    /** Reads the inbox again (after a test notification, for example). */
    public void refresh() {
        items.removeAll();
        List<Notification> newestFirst = notifications.inbox(me, MyNotifications.INBOX_MAX);
        unread = notifications.unread(me);
        showUnread();
        if (newestFirst.isEmpty()) {
            items.add(EmptyState.of(getTranslation("notifications.none")));
        }
        for (Notification notification : newestFirst) {
            items.add(new InboxItem(notification, zone, this::markRead));
        }
    }

    private boolean markRead(Notification notification) {
        try {
            notifications.markRead(me, notification.id());
        } catch (DomainException gone) {
            // withdrawn or removed meanwhile: show the inbox as it is now
            refresh();
            return false;
        }
        unread = Math.max(0, unread - 1);
        showUnread();
        return true;
    }

    private void showUnread() {
        unreadBadge.setText(getTranslation("notifications.unread", "count", unread));
        unreadBadge.setVisible(unread > 0);
    }
}
