package org.homeward.portal.notifications;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.notifications.SentNotification;
import org.homeward.notifications.SentNotifications;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.portal.i18n.Moments;
import org.homeward.portal.layout.EmptyState;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * For organisation admins setting Homeward up: whether notifications really leave this server, and
 * the organisation's latest ones as the lock screen showed them, with what became of each.
 */
@Prototype
@RolesAllowed("ORG_ADMIN")
@Route(value = "sent-notifications", layout = MainLayout.class)
@NavigationItem(label = "nav.sentNotifications", icon = VaadinIcon.PAPERPLANE_O, order = 60)
public class SentNotificationsView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 100;

    public SentNotificationsView(SentNotifications sent, ProfileService profiles) {
        Caller me = PortalSession.requireUser().caller();
        ZoneId zone = Moments.zone(profiles.me(me).timeZone());
        List<SentNotification> latest = sent.latestInOrganisation(me, SHOWN);
        setSizeFull();
        add(new H2(getTranslation("sentNotifications.title")), gatewayBanner(sent.gatewayName()),
                new Paragraph(getTranslation("sentNotifications.intro")));
        if (latest.isEmpty()) {
            add(EmptyState.of(getTranslation("sentNotifications.none")));
            return;
        }
        add(grid(latest, zone));
    }

    private Div gatewayBanner(String gateway) {
        boolean real = "firebase".equals(gateway);
        Div banner = new Div();
        banner.setId("gateway-banner");
        banner.setText(getTranslation(real ? "sentNotifications.firebase" : "sentNotifications.log"));
        banner.getElement().setAttribute("data-gateway", gateway);
        banner.getElement().setAttribute("role", "status");
        banner.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", real ? "var(--lumo-success-color-10pct)" : "var(--lumo-warning-color-10pct, "
                        + "var(--lumo-contrast-10pct))")
                .set("border-inline-start", "6px solid " + (real ? "var(--lumo-success-color)"
                        : "var(--lumo-warning-color, var(--lumo-contrast-50pct))"))
                .set("box-sizing", "border-box").set("max-width", "56rem");
        return banner;
    }

    private Grid<SentNotification> grid(List<SentNotification> latest, ZoneId zone) {
        Grid<SentNotification> grid = new Grid<>();
        grid.setId("sent-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> NotificationFormats.compact(Instant.ofEpochMilli(shownAt(row)), zone))
                .setHeader(getTranslation("sentNotifications.time")).setAutoWidth(true);
        grid.addColumn(SentNotification::recipientName).setHeader(getTranslation("sentNotifications.recipient"))
                .setAutoWidth(true);
        grid.addColumn(row -> kind(row.kind())).setHeader(getTranslation("sentNotifications.kind")).setAutoWidth(true);
        grid.addColumn(SentNotification::title).setHeader(getTranslation("sentNotifications.lockTitle"))
                .setFlexGrow(1);
        grid.addColumn(SentNotification::body).setHeader(getTranslation("sentNotifications.lockBody")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("sentStatus." + row.status()))
                .setHeader(getTranslation("sentNotifications.status")).setAutoWidth(true);
        grid.addColumn(SentNotification::attempts).setHeader(getTranslation("sentNotifications.attempts"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> row.lastError() == null ? "" : row.lastError())
                .setHeader(getTranslation("sentNotifications.lastError")).setAutoWidth(true);
        grid.setItems(latest);
        grid.setWidthFull();
        grid.setMinHeight("20rem");
        grid.getStyle().set("flex-grow", "1");
        return grid;
    }

    /** When it left, if it did; else when it is or was due. */
    private static long shownAt(SentNotification row) {
        return row.sentAt() != null ? row.sentAt() : row.dueAt();
    }

    /** A kind this page has a name for, in the reader's language; a newer kind by its code. */
    private String kind(String kind) {
        String key = "notificationKind." + kind;
        String label = getTranslation(key);
        return label == null || label.isBlank() || label.contains(key) ? kind : label;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sentNotifications.title") + " · " + getTranslation("app.name");
    }
}
