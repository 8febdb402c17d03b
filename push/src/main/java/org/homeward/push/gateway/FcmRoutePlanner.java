package org.homeward.push.gateway;

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.protocol.HttpContext;

import java.net.InetAddress;
import java.net.URI;

/**
 * Connects requests meant for FCM's host to another base URL (scheme, host and port), leaving all
 * other hosts to the usual planner. The SDK hard-codes {@code https://fcm.googleapis.com}; the
 * request itself is left as it is (path, headers, Host/:authority), only the connection goes
 * elsewhere. This is how a test server or a relay stands in for Google.
 */
final class FcmRoutePlanner implements HttpRoutePlanner {

    static final String FCM_HOST = "fcm.googleapis.com";

    private final HttpRoute redirected;
    private final HttpRoutePlanner others;

    FcmRoutePlanner(URI baseUrl, HttpRoutePlanner others) {
        HttpHost target = new HttpHost(baseUrl.getScheme(), baseUrl.getHost(), port(baseUrl));
        this.redirected = new HttpRoute(target, (InetAddress) null, "https".equalsIgnoreCase(baseUrl.getScheme()));
        this.others = others;
    }

    @Override
    public HttpRoute determineRoute(HttpHost target, HttpContext context) throws HttpException {
        return isFcm(target) ? redirected : others.determineRoute(target, context);
    }

    @Override
    public HttpRoute determineRoute(HttpHost target, HttpRequest request, HttpContext context) throws HttpException {
        return isFcm(target) ? redirected : others.determineRoute(target, request, context);
    }

    private static boolean isFcm(HttpHost target) {
        return target != null && FCM_HOST.equalsIgnoreCase(target.getHostName());
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
