package org.homeward.api;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Text fields accept JSON strings only. Without this, {@code "displayName": 123} or {@code true}
 * would quietly become the text "123" or "true"; a client that sends the wrong type gets a 400
 * naming the field instead.
 */
@Singleton
public class StrictStringDeserializer implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        JsonNode node = decoder.decodeNode();
        if (node.isString()) {
            return node.getStringValue();
        }
        throw decoder.createDeserializationException("Expected a JSON string", null);
    }
}
