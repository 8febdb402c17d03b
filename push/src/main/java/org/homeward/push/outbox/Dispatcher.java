package org.homeward.push.outbox;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.homeward.push.PushSettings;
import org.homeward.push.gateway.PushGateway;
import org.homeward.push.gateway.PushMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Takes due messages, hands them to the gateway, records the outcome (see {@link OutboxClaims}). At
 * least once: if this process dies between sending and recording, the batch is sent again, with the
 * same message ids, which the app uses to drop duplicates.
 */
@Singleton
public class Dispatcher {

    private static final Argument<Map<String, String>> DATA = Argument.mapOf(String.class, String.class);

    private final OutboxClaims claims;
    private final PushGateway gateway;
    private final JsonMapper json;
    private final PushSettings settings;

    public Dispatcher(OutboxClaims claims, PushGateway gateway, JsonMapper json, PushSettings settings) {
        this.claims = claims;
        this.gateway = gateway;
        this.json = json;
        this.settings = settings;
    }

    /** @return how many messages it took (0: nothing was due) */
    public int dispatchBatch() {
        return claims.sendDue(settings.getBatchSize(), batch -> gateway.send(batch.stream().map(this::messageOf).toList()));
    }

    /** Sends until nothing is due; for tests and for one-off runs. */
    public int dispatchDue() {
        int total = 0;
        for (int taken = dispatchBatch(); taken > 0; taken = dispatchBatch()) {
            total += taken;
        }
        return total;
    }

    public String gatewayName() {
        return gateway.name();
    }

    private PushMessage messageOf(OutboxEntry entry) {
        try {
            return new PushMessage(entry.notificationId(), entry.token(), entry.title(), entry.body(),
                    json.readValue(entry.data(), DATA), entry.urgent());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
