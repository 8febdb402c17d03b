package org.homeward.push.gateway;

import com.google.firebase.internal.ApacheHttp2Transport;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;

import java.net.ProxySelector;
import java.net.URI;

/**
 * The HTTP transport handed to the SDK.
 *
 * <p>Since 9.4 the SDK's default transport is its own {@link ApacheHttp2Transport} (Apache
 * HttpClient 5, async, HTTP/2 negotiated by ALPN over TLS), and {@code sendEach} sends every message
 * through whatever transport {@code FirebaseOptions} holds. We build that same transport from the
 * SDK's own client defaults (pool, HTTP/2 settings, no automatic retries) and only swap in a route
 * planner that sends FCM's host to the configured base URL, so tests and production run the same
 * code. Over plain {@code http://} the client speaks HTTP/1.1 (no ALPN, no h2c).
 */
final class FcmTransport {

    static final URI GOOGLE = URI.create("https://" + FcmRoutePlanner.FCM_HOST);

    private FcmTransport() {
    }

    static ApacheHttp2Transport create(URI baseUrl) {
        checkBaseUrl(baseUrl);
        HttpAsyncClientBuilder client = ApacheHttp2Transport.defaultHttpAsyncClientBuilder();
        if (!isGoogle(baseUrl)) {
            client.setRoutePlanner(new FcmRoutePlanner(baseUrl, new SystemDefaultRoutePlanner(ProxySelector.getDefault())));
        }
        return new ApacheHttp2Transport(client.build());
    }

    static boolean isGoogle(URI baseUrl) {
        return "https".equalsIgnoreCase(baseUrl.getScheme())
                && FcmRoutePlanner.FCM_HOST.equalsIgnoreCase(baseUrl.getHost())
                && (baseUrl.getPort() == -1 || baseUrl.getPort() == 443);
    }

    /** Only scheme, host and port are replaced: a path would be silently dropped, so refuse it. */
    static void checkBaseUrl(URI baseUrl) {
        String scheme = baseUrl.getScheme();
        boolean httpish = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
        String path = baseUrl.getPath();
        if (!httpish || baseUrl.getHost() == null || (path != null && !path.isEmpty() && !path.equals("/"))) {
            throw new IllegalArgumentException(
                    "homeward.push.fcm.base-url must be scheme://host[:port] without a path, was " + baseUrl);
        }
    }
}
