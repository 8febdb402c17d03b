package org.homeward.portal.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import org.homeward.i18n.Languages;
import org.homeward.people.ProfileService;
import org.homeward.portal.security.PortalSession;
import org.homeward.portal.security.PortalUser;

/**
 * The frame of every signed-in page: the person's name, navigation for their role, the language
 * menu, sign out and the quick exit.
 */
@Prototype
public class MainLayout extends AppLayout {

    public MainLayout(Languages languages, ProfileService profiles) {
        PortalUser user = PortalSession.requireUser();
        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        Span name = new Span(user.displayName());
        name.setId("signed-in-name");

        Button signOut = new Button(getTranslation("signOut.label"), VaadinIcon.EXIT_O.create(), click -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, name,
                new LanguageMenu(languages, profiles), signOut, new QuickExitButton());
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setWrap(true);
        header.getStyle().set("padding-inline", "var(--lumo-space-m)");
        header.expand(name);
        addToNavbar(header);
        addToDrawer(navigationFor(user));
        setPrimarySection(Section.NAVBAR);
    }

    private SideNav navigationFor(PortalUser user) {
        SideNav nav = new SideNav();
        for (Navigation.Entry entry : Navigation.forRole(user.role())) {
            nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create()));
        }
        return nav;
    }

    private void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
        session.getSession().invalidate();
    }
}
