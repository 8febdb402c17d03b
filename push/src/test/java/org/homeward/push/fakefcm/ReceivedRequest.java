package org.homeward.push.fakefcm;

import java.util.Map;

/**
 * One request as the fake FCM server saw it.
 *
 * @param headers   lower-case names, first value of each
 * @param json      the parsed JSON body ({@code {"message": {...}}} for a send)
 * @param projectId from the path {@code /v1/projects/{id}/messages:send}
 */
public record ReceivedRequest(String method, String path, String projectId, Map<String, String> headers,
                              Map<String, Object> json) {

    public String authorization() {
        return headers.get("authorization");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> message() {
        Object message = json.get("message");
        return message instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    public String token() {
        return (String) message().get("token");
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> data() {
        Object data = message().get("data");
        return data instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> part(String name) {
        Object part = message().get(name);
        return part instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
