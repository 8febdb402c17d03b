package org.homeward.push.gateway;

import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.internal.ApacheHttp2Transport;
import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.SendResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends through the Firebase Admin SDK's {@link FirebaseMessaging#sendEach}: one HTTP call per
 * message, up to 500 per sendEach, each answered on its own. Each gateway owns its FirebaseApp
 * (under a unique name, so several can live in one JVM) and its HTTP client; close it to free both.
 */
public final class FirebaseGateway implements PushGateway, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FirebaseGateway.class);
    private static final AtomicInteger APPS = new AtomicInteger();

    /** Detail of a message that the SDK refused to build (e.g. a reserved data key). */
    static final String INVALID_MESSAGE = "INVALID_MESSAGE";

    /** Without limits a hung connection would hold a send thread forever. */
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private final FirebaseApp app;
    private final ApacheHttp2Transport transport;
    private final FirebaseMessaging messaging;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FirebaseGateway(FirebaseApp app, ApacheHttp2Transport transport) {
        this.app = app;
        this.transport = transport;
        this.messaging = FirebaseMessaging.getInstance(app);
    }

    public static FirebaseGateway open(FcmEndpoint endpoint) {
        ApacheHttp2Transport transport = FcmTransport.create(endpoint.baseUrl());
        FirebaseOptions options = FirebaseOptions.builder()
                .setCredentials(endpoint.credentials())
                .setProjectId(endpoint.projectId())
                .setHttpTransport(transport)
                .setThreadManager(new SendThreads(endpoint.sendThreads()))
                .setConnectTimeout(CONNECT_TIMEOUT_MS)
                .setReadTimeout(READ_TIMEOUT_MS)
                .build();
        FirebaseApp app = FirebaseApp.initializeApp(options, "homeward-push-" + APPS.incrementAndGet());
        LOG.info("FCM gateway for project {} via {} ({} send threads)",
                endpoint.projectId(), endpoint.baseUrl(), endpoint.sendThreads());
        return new FirebaseGateway(app, transport);
    }

    @Override
    public List<Delivery> send(List<PushMessage> batch) {
        List<Delivery> deliveries = new ArrayList<>(batch.size());
        for (int from = 0; from < batch.size(); from += MAX_BATCH) {
            deliveries.addAll(sendChunk(batch.subList(from, Math.min(batch.size(), from + MAX_BATCH))));
        }
        return deliveries;
    }

    private List<Delivery> sendChunk(List<PushMessage> chunk) {
        Delivery[] deliveries = new Delivery[chunk.size()];
        List<Message> messages = new ArrayList<>(chunk.size());
        List<Integer> positions = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            PushMessage message = chunk.get(i);
            try {
                messages.add(FcmMessages.toFcm(message));
                positions.add(i);
            } catch (IllegalArgumentException refused) {
                // The SDK checks some fields itself; such a message would fail the same way every time.
                deliveries[i] = new Delivery(message.messageId(), DeliveryOutcome.FAILED, INVALID_MESSAGE, null);
            }
        }
        if (!messages.isEmpty()) {
            try {
                List<SendResponse> responses = sendEach(messages);
                for (int j = 0; j < positions.size(); j++) {
                    int i = positions.get(j);
                    deliveries[i] = FcmOutcomes.of(chunk.get(i).messageId(), responses.get(j));
                }
            } catch (Exception wholeCall) {
                // Not one message's fault (interrupted, app closed, ...): all of them go again later.
                LOG.warn("FCM sendEach of {} messages failed as a whole: {}", messages.size(), wholeCall.toString());
                for (int i : positions) {
                    deliveries[i] = FcmOutcomes.callFailed(chunk.get(i).messageId(), wholeCall);
                }
            }
        }
        return List.of(deliveries);
    }

    private List<SendResponse> sendEach(List<Message> messages) throws Exception {
        BatchResponse response = messaging.sendEach(messages);
        List<SendResponse> responses = response.getResponses();
        if (responses.size() != messages.size()) {
            throw new IllegalStateException("FCM answered " + responses.size() + " of " + messages.size());
        }
        return responses;
    }

    @Override
    public String name() {
        return "firebase";
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        app.delete();
        try {
            transport.shutdown();
        } catch (IOException e) {
            LOG.debug("Closing the FCM HTTP client", e);
        }
    }
}
