package org.homeward.portal.notifications;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.homeward.i18n.Messages;
import org.homeward.notifications.MyNotifications;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.portal.i18n.Moments;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

import java.time.ZoneId;

/**
 * The signed-in person's own notifications, whatever their role: what they were told, how they
 * want to be told (discreet lock screen, quiet hours), and the phones that receive them.
 */
@Prototype
@PermitAll
@Route(value = "notifications", layout = MainLayout.class)
@NavigationItem(label = "nav.notifications", icon = VaadinIcon.BELL, order = 80)
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    public NotificationsView(MyNotifications notifications, ProfileService profiles, Messages messages) {
        Caller me = PortalSession.requireUser().caller();
        ZoneId zone = Moments.zone(profiles.me(me).timeZone());
        setMaxWidth("40rem");
        setPadding(true);
        InboxPanel inbox = new InboxPanel(notifications, me, zone);
        add(new H2(getTranslation("notifications.title")), inbox,
                new PreferencesForm(notifications, me, messages),
                new DevicesPanel(notifications, me, zone, inbox::refresh));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · " + getTranslation("app.name");
    }
}
