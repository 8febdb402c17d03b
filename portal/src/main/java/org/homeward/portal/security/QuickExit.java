package org.homeward.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code /exit}: ends the session at once and sends the browser to a neutral site. The quick-exit
 * button replaces the current page with this address, so Back does not return to Homeward.
 * It runs before Vaadin sees the request, so no portal state is touched on the way out.
 */
public class QuickExit {

    public static final String PATH = "exit";
    /** A busy, ordinary site that says nothing about why someone was there. */
    public static final String DEFAULT_NEUTRAL_SITE = "https://www.bbc.co.uk/weather";

    private final String neutralSite;

    public QuickExit(String neutralSite) {
        this.neutralSite = neutralSite;
    }

    /** @return true when the request was the quick exit and has been answered */
    public boolean handle(HttpServletRequest request, HttpServletResponse response) {
        if (!("/" + PATH).equals(request.getPathInfo())) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", neutralSite);
        return true;
    }
}
