package org.homeward.push.gateway;

/** What the sender should do next with one message. */
public enum DeliveryOutcome {
    /** FCM accepted the message. */
    DELIVERED,
    /** The token is dead (app uninstalled, token rotated, or not a token at all): prune the device. */
    UNREGISTERED,
    /** Transient: FCM overloaded or unreachable, quota, timeouts. Send again later. */
    RETRY,
    /** Permanent for this message (bad payload, wrong credentials): do not send it again. */
    FAILED
}
