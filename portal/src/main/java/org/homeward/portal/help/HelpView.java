package org.homeward.portal.help;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.contacts.CrisisContactService;
import org.homeward.help.HelpRequestService;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.portal.i18n.Moments;
import org.homeward.portal.contacts.CrisisContactsPanel;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

/**
 * The participant's help page, one column for a phone: the help button first, then the people to
 * call in a crisis, then their requests and where each stands.
 */
@Prototype
@RolesAllowed("PARTICIPANT")
@Route(value = "help", layout = MainLayout.class)
@NavigationItem(label = "nav.help", icon = VaadinIcon.LIFEBUOY, order = 6)
public class HelpView extends VerticalLayout implements HasDynamicTitle {

    public HelpView(HelpRequestService help, CrisisContactService crisisContacts, ProfileService profiles) {
        Caller me = PortalSession.requireUser().caller();
        setMaxWidth("40rem");
        H2 title = new H2(getTranslation("help.title"));
        title.setId("help-title");
        MyHelpRequests requests = new MyHelpRequests(help, me, Moments.zone(profiles.me(me).timeZone()));
        CrisisContactsPanel contacts = CrisisContactsPanel.forMe(crisisContacts, me);
        contacts.setWidthFull();
        add(title, new HelpButtonPanel(help, me, sent -> requests.refresh()), contacts, requests);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.title") + " · " + getTranslation("app.name");
    }
}
