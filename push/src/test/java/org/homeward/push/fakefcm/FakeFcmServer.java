package org.homeward.push.fakefcm;

import com.google.api.client.json.GenericJson;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.jackson2.JacksonFactory;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for FCM's HTTP v1 API and Google's OAuth token endpoint, on 127.0.0.1 with a random
 * port, for tests and the throughput probe.
 *
 * <p>It speaks HTTP/1.1, which is what the SDK's transport speaks to a plain {@code http://} base
 * URL. It serves {@code POST /v1/projects/{id}/messages:send} (answering
 * {@code {"name":"projects/{id}/messages/<n>"}}) and {@code POST /token} (a fixed access token),
 * records every request, and can be told to answer errors in FCM's format, per token or for the
 * next N sends.
 *
 * <pre>{@code
 * try (FakeFcmServer fcm = FakeFcmServer.start();
 *      FirebaseGateway gateway = FirebaseGateway.open(new FcmEndpoint(fcm.baseUrl(),
 *              FakeFcmServer.fixedToken(), "test-project"))) { ... }
 * }</pre>
 */
public final class FakeFcmServer implements AutoCloseable {

    /** The access token that /token hands out and that {@link #fixedToken()} carries. */
    public static final String ACCESS_TOKEN = "fake-fcm-access-token";

    private static final Pattern SEND_PATH = Pattern.compile("/v1/projects/([^/]+)/messages:send");
    private static final JsonFactory JSON = JacksonFactory.getDefaultInstance();

    static {
        // The JDK server writes the status line and headers, then the body: without TCP_NODELAY the
        // second write waits for the client's delayed ACK. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Queue<ReceivedRequest> requests = new ConcurrentLinkedQueue<>();
    private final Map<String, FcmError> failingTokens = new ConcurrentHashMap<>();
    private final Deque<FcmError> nextErrors = new ArrayDeque<>();
    private final AtomicLong messageNumbers = new AtomicLong();
    private final AtomicLong sends = new AtomicLong();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile boolean recording = true;
    private volatile boolean refuseTokens;

    private FakeFcmServer(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        // 0 threads: handle on the server's own dispatcher thread, which saves a hand-off per request.
        executor = threads == 0 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "fake-fcm");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A server with a few handler threads: plenty for tests. */
    public static FakeFcmServer start() {
        return start(4);
    }

    /** @param threads handler threads (the JDK server reads and parses requests on one more) */
    public static FakeFcmServer start(int threads) {
        try {
            return new FakeFcmServer(threads);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the fake FCM server", e);
        }
    }

    /** The base URL to configure instead of {@code https://fcm.googleapis.com}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** For a service account file's {@code token_uri}. */
    public URI tokenUri() {
        return baseUrl().resolve("/token");
    }

    /** Credentials that skip the token endpoint: a fixed access token valid for a day. */
    public static GoogleCredentials fixedToken() {
        return GoogleCredentials.create(new AccessToken(
                ACCESS_TOKEN, new Date(System.currentTimeMillis() + 86_400_000L)));
    }

    /** Every send to this token answers with the error (until {@link #reset()}). */
    public void failToken(String token, FcmError error) {
        failingTokens.put(token, error);
    }

    /** The next {@code count} sends, whatever their token, answer with the error. */
    public void failNext(int count, FcmError error) {
        synchronized (nextErrors) {
            for (int i = 0; i < count; i++) {
                nextErrors.add(error);
            }
        }
    }

    /** The token endpoint answers 400 invalid_grant, as Google does for a revoked or wrong key. */
    public void refuseTokens(boolean refuse) {
        refuseTokens = refuse;
    }

    /** Forgets programmed errors, recorded requests and counts. */
    public void reset() {
        refuseTokens = false;
        failingTokens.clear();
        sends.set(0);
        tokenRequests.set(0);
        synchronized (nextErrors) {
            nextErrors.clear();
        }
        requests.clear();
    }

    /**
     * Keep recording requests (default) or not: a long benchmark would fill the heap, and without
     * recording (and no errors programmed) bodies are not even parsed, to keep the server cheap.
     */
    public void recording(boolean on) {
        recording = on;
    }

    /** The send requests received so far, in arrival order. */
    public List<ReceivedRequest> sendRequests() {
        return requests.stream().filter(r -> r.projectId() != null).toList();
    }

    /** All requests received so far (sends and token requests), in arrival order. */
    public List<ReceivedRequest> requests() {
        return new ArrayList<>(requests);
    }

    /** Sends answered so far, recorded or not. */
    public long sendCount() {
        return sends.get();
    }

    public int tokenRequestCount() {
        return tokenRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            byte[] body = readAll(exchange.getRequestBody());
            Matcher send = SEND_PATH.matcher(path);
            if ("POST".equals(exchange.getRequestMethod()) && send.matches()) {
                answerSend(exchange, send.group(1), body);
            } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/token")) {
                tokenRequests.incrementAndGet();
                record(exchange, path, null, Map.of("form", new String(body, StandardCharsets.UTF_8)));
                if (refuseTokens) {
                    respond(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}", null);
                    return;
                }
                respond(exchange, 200, "{\"access_token\":\"" + ACCESS_TOKEN
                        + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}", null);
            } else {
                respond(exchange, 404, new FcmError(404, "NOT_FOUND", "No such path: " + path, null, null).json(), null);
            }
        } catch (RuntimeException e) {
            respond(exchange, 500, FcmError.internal().json(), null);
        } finally {
            exchange.close();
        }
    }

    private void answerSend(HttpExchange exchange, String projectId, byte[] body) throws IOException {
        sends.incrementAndGet();
        FcmError error = null;
        if (recording || hasErrorsProgrammed()) {
            GenericJson json = JSON.fromString(new String(body, StandardCharsets.UTF_8), GenericJson.class);
            ReceivedRequest request = record(exchange, exchange.getRequestURI().getPath(), projectId, json);
            error = errorFor(request.token());
        }
        if (error != null) {
            respond(exchange, error.httpStatus(), error.json(), error.retryAfter());
            return;
        }
        respond(exchange, 200, "{\"name\":\"projects/" + projectId + "/messages/"
                + messageNumbers.incrementAndGet() + "\"}", null);
    }

    /** Without recording or errors the body need not be parsed at all: the probe measures the client. */
    private boolean hasErrorsProgrammed() {
        if (!failingTokens.isEmpty()) {
            return true;
        }
        synchronized (nextErrors) {
            return !nextErrors.isEmpty();
        }
    }

    private FcmError errorFor(String token) {
        synchronized (nextErrors) {
            if (!nextErrors.isEmpty()) {
                return nextErrors.poll();
            }
        }
        return token == null ? null : failingTokens.get(token);
    }

    private ReceivedRequest record(HttpExchange exchange, String path, String projectId, Map<String, Object> json) {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
        ReceivedRequest request = new ReceivedRequest(exchange.getRequestMethod(), path, projectId, headers, json);
        if (recording) {
            requests.add(request);
        }
        return request;
    }

    private static void respond(HttpExchange exchange, int status, String json, Duration retryAfter)
            throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfter.toSeconds()));
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
