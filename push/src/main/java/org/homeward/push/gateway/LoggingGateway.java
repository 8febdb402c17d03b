package org.homeward.push.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Stands in for FCM when no credentials are configured (the embedded default): logs each message
 * and calls it delivered, so the outbox works end to end on a developer's machine.
 */
public final class LoggingGateway implements PushGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingGateway.class);

    /** Enough to tell devices apart in a log; a whole token would let anyone who reads it send to the phone. */
    static final int TOKEN_TAIL = 6;

    @Override
    public List<Delivery> send(List<PushMessage> batch) {
        return batch.stream().map(this::log).toList();
    }

    private Delivery log(PushMessage message) {
        LOG.info("push {} to …{}{}: {} | {} {}", message.messageId(), tail(message.token()),
                message.urgent() ? " (urgent)" : "", message.title(), message.body(), message.data());
        return Delivery.delivered(message.messageId(), "logged/" + message.messageId());
    }

    /** The last six characters; nothing of a token so short that six would be most of it. */
    static String tail(String token) {
        return token.length() <= 2 * TOKEN_TAIL ? "***" : token.substring(token.length() - TOKEN_TAIL);
    }

    @Override
    public String name() {
        return "log";
    }
}
