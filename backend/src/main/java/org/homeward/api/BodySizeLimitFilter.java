package org.homeward.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;
import java.util.Map;

/**
 * Refuses request bodies larger than the API ever needs (16 KiB by default) before anything reads
 * them: a phone has nothing bigger to send, and big bodies only cost memory. Bodies without a
 * declared length (chunked) are refused too, since their size cannot be checked before reading.
 * It runs right after the security filter (so the refusal is in the caller's language) and before
 * any filter that reads bodies, such as the idempotency filter.
 */
@ServerFilter("/api/**")
public class BodySizeLimitFilter implements Ordered {

    public static final int ORDER = ServerFilterPhase.SECURITY.after();

    private final Problems problems;
    private final long maxBytes;

    public BodySizeLimitFilter(Problems problems, @Value("${homeward.api.max-body-bytes:16384}") long maxBytes) {
        this.problems = problems;
        this.maxBytes = maxBytes;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @RequestFilter
    @Nullable
    public MutableHttpResponse<?> refuseOversizeBodies(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > maxBytes) {
            return problems.response(request, 413, "too-large", "problem.too-large.detail",
                    Map.of("maxBytes", maxBytes), List.of());
        }
        if (length < 0 && request.getHeaders().contains("Transfer-Encoding")) {
            // A chunked body has no length to check up front; phones always send one for JSON.
            return problems.response(request, 411, "length-required", "problem.length-required.detail",
                    Map.of(), List.of());
        }
        return null;
    }
}
