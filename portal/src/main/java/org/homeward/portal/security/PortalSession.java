package org.homeward.portal.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/** Reads and writes who is signed in to this browser session. */
public final class PortalSession {

    private PortalSession() {
    }

    public static Optional<PortalUser> currentUser() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(PortalUser.class));
    }

    public static PortalUser requireUser() {
        return currentUser().orElseThrow(() -> new IllegalStateException("no one is signed in"));
    }

    /** Signs in, with a new session id so that a session id planted before sign-in is worthless. */
    public static void signIn(PortalUser user) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.getHttpServletRequest().getSession(false) != null) {
            request.getHttpServletRequest().changeSessionId();
        }
        VaadinSession.getCurrent().setAttribute(PortalUser.class, user);
    }

    public static void update(PortalUser user) {
        VaadinSession.getCurrent().setAttribute(PortalUser.class, user);
    }
}
