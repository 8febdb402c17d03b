package org.homeward.portal.audit;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.audit.AccessLog;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.portal.i18n.Moments;
import org.homeward.portal.layout.EmptyState;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

import java.time.ZoneId;
import java.util.List;

/**
 * "Who looked at my information": each time someone else opened or changed the participant's
 * information, newest first, looks by one person on one day gathered on one card.
 */
@Prototype
@RolesAllowed("PARTICIPANT")
@Route(value = "who-looked", layout = MainLayout.class)
@NavigationItem(label = "nav.whoLooked", icon = VaadinIcon.GLASSES, order = 84)
public class WhoLookedView extends VerticalLayout implements HasDynamicTitle {

    public WhoLookedView(AccessLog log, ProfileService profiles) {
        Caller me = PortalSession.requireUser().caller();
        ZoneId zone = Moments.zone(profiles.me(me).timeZone());
        setMaxWidth("40rem");
        add(new H2(getTranslation("whoLooked.title")), new Paragraph(getTranslation("whoLooked.intro")));
        VerticalLayout list = new VerticalLayout();
        list.setId("who-looked");
        list.setPadding(false);
        List<LookGroup> groups = LookGroup.of(log.mine(me), zone);
        if (groups.isEmpty()) {
            list.add(EmptyState.of(getTranslation("whoLooked.none")));
        }
        groups.forEach(group -> list.add(new LookCard(group, zone)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whoLooked.title") + " · " + getTranslation("app.name");
    }
}
