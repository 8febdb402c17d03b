package org.homeward.portal.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;

import java.security.Principal;
import java.util.function.Predicate;

/**
 * Vaadin's annotation-based view access control ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}), reading the signed-in person from the portal session instead of from
 * container security, which the embedded server does not have.
 */
public class PortalAccessControl extends NavigationAccessControl {

    @Override
    protected Principal getPrincipal(VaadinRequest request) {
        return PortalSession.currentUser().orElse(null);
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        return role -> PortalSession.currentUser().map(user -> user.role().name().equals(role)).orElse(false);
    }
}
