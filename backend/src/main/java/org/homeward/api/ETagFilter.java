package org.homeward.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;

import io.micronaut.core.io.Writable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * ETags on what phones poll ({@code /me/...} and participants' lists): a hash of the answer. A phone
 * that sends it back in {@code If-None-Match} gets 304 and no body, which saves its data plan.
 */
@ServerFilter({"/api/v1/me/**", "/api/v1/participants/**"})
public class ETagFilter implements Ordered {

    private final JsonMapper json;

    public ETagFilter(JsonMapper json) {
        this.json = json;
    }

    @ResponseFilter
    @SuppressWarnings("unchecked")
    public void tag(HttpRequest<?> request, MutableHttpResponse<?> response) throws IOException {
        if (request.getMethod() != HttpMethod.GET || response.code() != HttpStatus.OK.getCode()
                || response.getBody().isEmpty()) {
            return;
        }
        byte[] body = json.writeValueAsBytes(response.getBody().get());
        String etag = "\"" + hash(body) + "\"";
        // Send the bytes just hashed, so the answer is written once and matches its tag exactly.
        ((MutableHttpResponse<Object>) response).body(new WrittenJson(body));
        response.header(HttpHeaders.ETAG, etag);
        response.header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        String sent = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (sent != null && matches(sent, etag)) {
            response.status(HttpStatus.NOT_MODIFIED);
            response.body(null);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals(etag) || trimmed.equals("W/" + etag) || trimmed.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** JSON already written: the encoders pass a {@link Writable} through as it is. */
    private record WrittenJson(byte[] bytes) implements Writable {
        @Override
        public void writeTo(Writer out) throws IOException {
            out.write(new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public void writeTo(OutputStream out, Charset charset) throws IOException {
            out.write(bytes);
        }
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
