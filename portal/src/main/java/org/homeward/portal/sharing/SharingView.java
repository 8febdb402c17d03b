package org.homeward.portal.sharing;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.portal.i18n.Moments;
import org.homeward.portal.layout.EmptyState;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;
import org.homeward.sharing.PersonSharing;
import org.homeward.sharing.SharingService;

import java.time.ZoneId;
import java.util.List;

/**
 * The participant decides, person by person, what their caseworkers and mentors see. One card per
 * person; a saved change applies to the very next page anyone opens.
 */
@Prototype
@RolesAllowed("PARTICIPANT")
@Route(value = "my-sharing", layout = MainLayout.class)
@NavigationItem(label = "nav.sharing", icon = VaadinIcon.EYE, order = 82)
public class SharingView extends VerticalLayout implements HasDynamicTitle {

    public SharingView(SharingService sharing, ProfileService profiles) {
        Caller me = PortalSession.requireUser().caller();
        ZoneId zone = Moments.zone(profiles.me(me).timeZone());
        setMaxWidth("40rem");
        add(new H2(getTranslation("sharing.title")), new Paragraph(getTranslation("sharing.intro")));
        List<PersonSharing> people = sharing.mine(me);
        if (people.isEmpty()) {
            add(EmptyState.of(getTranslation("sharing.nobody")));
        }
        people.forEach(person -> add(new SharingCard(sharing, me, person, zone)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sharing.title") + " · " + getTranslation("app.name");
    }
}
