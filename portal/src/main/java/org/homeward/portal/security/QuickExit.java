package org.homeward.portal.security;

import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * {@code /exit}: ends the session at once and sends the browser to a neutral site. The quick-exit
 * button replaces the current page with this address, so Back does not return to Homeward.
 */
public class QuickExit implements RequestHandler {

    public static final String PATH = "exit";

    private final String neutralSite;

    public QuickExit(String neutralSite) {
        this.neutralSite = neutralSite;
    }

    @Override
    public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
            throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.equals("/" + PATH)) {
            return false;
        }
        if (request instanceof VaadinServletRequest servletRequest) {
            HttpSession httpSession = servletRequest.getHttpServletRequest().getSession(false);
            if (httpSession != null) {
                httpSession.invalidate();
            }
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        response.setStatus(303);
        response.setHeader("Location", neutralSite);
        return true;
    }
}
