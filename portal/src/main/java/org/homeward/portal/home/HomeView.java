package org.homeward.portal.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.homeward.portal.layout.Navigation;
import org.homeward.portal.security.PortalSession;

/** The portal's root: sends each signed-in person to the home page of their role. */
@Prototype
@PermitAll
@Route("")
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalSession.currentUser().ifPresent(user -> Navigation.forRole(user.role()).stream().findFirst()
                .ifPresent(home -> event.forwardTo(home.view())));
    }
}
