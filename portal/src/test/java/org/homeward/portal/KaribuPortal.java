package org.homeward.portal;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.homeward.auth.TokenService;
import org.homeward.people.UserAccount;
import org.homeward.portal.security.PortalUser;
import org.homeward.portal.vaadin.MicronautInstantiator;

/**
 * Renders real portal views in a mocked browser (Karibu-Testing), with views created by the
 * Micronaut context exactly as in the running server.
 */
public final class KaribuPortal {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.homeward.portal");

    private KaribuPortal() {
    }

    public static void start(ApplicationContext context) {
        MockVaadinServlet servlet = new MockVaadinServlet(ROUTES) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                MockService service = new MockService(this, configuration, getUiFactory()) {
                    @Override
                    protected Instantiator createInstantiator() {
                        return new MicronautInstantiator(this, context);
                    }
                };
                service.init();
                ROUTES.register(service.getContext());
                return service;
            }
        };
        MockVaadin.setup(UI::new, servlet);
    }

    public static void stop() {
        MockVaadin.tearDown();
    }

    /** Signs the person in to the mocked session and opens a fresh tab, as after a real sign-in. */
    public static void signIn(UserAccount user) {
        VaadinSession.getCurrent().setAttribute(PortalUser.class, PortalUser.of(TokenService.signedIn(user)));
        UI.getCurrent().getPage().reload();
    }
}
