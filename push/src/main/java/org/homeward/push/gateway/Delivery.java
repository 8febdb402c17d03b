package org.homeward.push.gateway;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * What became of one {@link PushMessage}.
 *
 * @param detail     FCM's message name on success ({@code projects/p/messages/123}), else the error
 *                   code: FCM's ({@code UNREGISTERED}, {@code UNAVAILABLE}, ...), {@code IO_ERROR}
 *                   when no answer came, {@code AUTH_ERROR} when no access token could be had, or the code of a failure of the whole call
 * @param retryAfter how long FCM asked us to wait (its Retry-After header), when it said so
 */
public record Delivery(String messageId, DeliveryOutcome outcome, String detail,
                       @Nullable Duration retryAfter) {

    public static Delivery delivered(String messageId, String name) {
        return new Delivery(messageId, DeliveryOutcome.DELIVERED, name, null);
    }
}
