package org.homeward.push.gateway;

import java.util.Map;
import java.util.Objects;

/**
 * One notification to one device. {@code messageId} is stable across retries, so the app (and the
 * platforms, through the notification tag and APNs collapse id) can drop duplicates.
 *
 * @param urgent high priority on Android and APNs priority 10; otherwise the platforms may delay it
 *               to save battery
 */
public record PushMessage(String messageId, String token, String title, String body,
                          Map<String, String> data, boolean urgent) {

    public PushMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
