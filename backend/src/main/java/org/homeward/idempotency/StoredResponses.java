package org.homeward.idempotency;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Turns a controller's answer into text for the table, and the table's text back into an answer.
 * A filter sees the body as an object, before it is encoded; the same JSON mapper that will encode
 * it turns it into the JSON the client receives.
 */
@Singleton
class StoredResponses {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final JsonMapper json;

    StoredResponses(JsonMapper json) {
        this.json = json;
    }

    /** The answer as it will be stored: status, content type and body (null when there is none). */
    Snapshot snapshot(MutableHttpResponse<?> response) {
        Optional<?> body = response.getBody();
        String text = body.map(this::toText).orElse(null);
        String contentType = response.getContentType().map(MediaType::toString)
                .orElse(text == null ? null : MediaType.APPLICATION_JSON);
        return new Snapshot(response.code(), contentType, text);
    }

    /** The stored answer again, marked so a client (or a person reading logs) can tell it is a replay. */
    MutableHttpResponse<?> replay(IdempotencyRecord record) {
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(record.responseStatus()));
        response.header(REPLAYED_HEADER, "true");
        if (record.responseBody() != null) {
            // As a JSON tree: raw bytes or text would be encoded again (as an array or a string) by
            // the JSON writer that application/json selects.
            response.body(toTree(record.responseBody()));
            response.contentType(record.responseContentType() == null
                    ? MediaType.APPLICATION_JSON : record.responseContentType());
        }
        return response;
    }

    private JsonNode toTree(String text) {
        try {
            return json.readValue(text, Argument.of(JsonNode.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String toText(Object body) {
        if (body instanceof CharSequence text) {
            return text.toString();
        }
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Snapshot(int status, String contentType, String body) {
    }
}
