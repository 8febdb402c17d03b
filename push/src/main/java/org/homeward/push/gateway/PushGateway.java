package org.homeward.push.gateway;

import java.util.List;

/** Hands notifications to the delivery network (FCM), or to the log when none is configured. */
public interface PushGateway {

    /** FCM's limit for one sendEach call. */
    int MAX_BATCH = 500;

    /**
     * Sends up to {@link #MAX_BATCH} messages; one {@link Delivery} per message, in the same order.
     * Never throws for per-message errors, nor when the whole call fails (then every message comes
     * back as {@link DeliveryOutcome#RETRY}).
     */
    List<Delivery> send(List<PushMessage> batch);

    /** "firebase" or "log", shown on the developer page. */
    String name();
}
