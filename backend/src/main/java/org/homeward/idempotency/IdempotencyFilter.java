package org.homeward.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import org.homeward.api.BodySizeLimitFilter;
import org.homeward.api.Problems;
import org.homeward.api.SecretInResponse;
import org.homeward.common.FieldProblem;
import org.homeward.common.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Honours {@code Idempotency-Key} on the API's POSTs, so a phone that lost the answer to a write can
 * send it again without writing twice (domain rule 7). The first request with a key reserves it and
 * runs; if it succeeds, its answer is stored and every retry gets that answer back, marked
 * {@code Idempotent-Replayed: true}, without the controller running again. A failed request leaves
 * nothing behind, so the client may correct it and retry with the same key.
 *
 * <p>Keys belong to the signed-in caller, so the filter runs after the security filter, and after
 * the body size limit so an oversize body is refused before it is read here. Sign-in routes are left
 * out: their answers are fresh tokens, which must never be stored or handed out twice. So are routes
 * marked {@link SecretInResponse}, for the same reason.
 *
 * <p>The filter blocks on the database; that is fine in the servlet runtime, where each request
 * has its own thread anyway.
 */
@ServerFilter(value = "/api/v1/**", methods = HttpMethod.POST)
public class IdempotencyFilter implements Ordered {

    public static final String KEY_HEADER = "Idempotency-Key";
    static final int ORDER = BodySizeLimitFilter.ORDER + 10;

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final String SIGN_IN_ROUTES = "/api/v1/auth/";
    private static final String RESERVATION = "homeward.idempotency.reservation";
    /** Longer paths are no route of ours (ids are 36 characters) and would not fit the column. */
    private static final int MAX_PATH_LENGTH = 500;

    private final IdempotencyStore store;
    private final StoredResponses responses;
    private final Problems problems;

    public IdempotencyFilter(IdempotencyStore store, StoredResponses responses, Problems problems) {
        this.store = store;
        this.responses = responses;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Replays, refuses, or reserves the key and lets the request run; null means "run it". */
    @RequestFilter
    @Nullable
    public MutableHttpResponse<?> replayOrReserve(HttpRequest<?> request, @Body byte[] body) {
        List<String> keys = request.getHeaders().getAll(KEY_HEADER);
        Optional<Authentication> caller = request.getUserPrincipal(Authentication.class);
        if (keys.isEmpty() || caller.isEmpty() || !appliesTo(request)) {
            return null;
        }
        if (keys.size() != 1 || !IdempotencyKeys.isWellFormed(keys.get(0))) {
            return problems.response(request, ProblemKind.INVALID, "problem.invalid", Map.of(),
                    List.of(new FieldProblem(KEY_HEADER, "validation.idempotencyKey")));
        }
        RequestFingerprint fingerprint = RequestFingerprint.of(request.getMethodName(), request.getPath(), body);
        Reservation reservation = store.reserve(caller.get().getName(), keys.get(0), fingerprint);
        if (reservation instanceof Reservation.Reserved reserved) {
            request.setAttribute(RESERVATION, reserved.recordId());
            return null;
        }
        if (reservation instanceof Reservation.Replay replay) {
            return responses.replay(replay.record());
        }
        if (reservation instanceof Reservation.Mismatch) {
            return problems.response(request, 422, "idempotency-key-reused",
                    "problem.idempotency-key-reused.detail", Map.of(), List.of());
        }
        return problems.response(request, 409, "request-in-progress", "problem.request-in-progress.detail",
                Map.of(), List.of()).header("Retry-After", "1");
    }

    /** Stores a success for later retries; gives the key up after a failure. */
    @ResponseFilter
    public void storeOrRelease(HttpRequest<?> request, MutableHttpResponse<?> response) {
        // Taken off the request, so nothing is stored or released twice.
        Optional<String> reservation = request.removeAttribute(RESERVATION, String.class);
        if (reservation.isEmpty()) {
            return;
        }
        String recordId = reservation.get();
        int status = response.code();
        if (status < 200 || status > 299) {
            store.release(recordId);
            return;
        }
        try {
            StoredResponses.Snapshot snapshot = responses.snapshot(response);
            store.complete(recordId, snapshot.status(), snapshot.contentType(), snapshot.body());
        } catch (RuntimeException e) {
            // The write itself is committed, so the client still gets its answer. The reservation stays:
            // a retry gets 409 until the key expires, which is better than writing a second time.
            LOG.error("Could not store the answer for idempotency record {}", recordId, e);
        }
    }

    /**
     * Only routes of ours, never sign-in (checked on the matched route as well as the raw path) and
     * never a route whose answer holds a fresh secret.
     */
    private static boolean appliesTo(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.length() > MAX_PATH_LENGTH || path.startsWith(SIGN_IN_ROUTES)) {
            return false;
        }
        return RouteAttributes.getRouteInfo(request)
                .filter(UriRouteInfo.class::isInstance)
                .filter(route -> !route.getAnnotationMetadata().hasAnnotation(SecretInResponse.class))
                .map(route -> ((UriRouteInfo<?, ?>) route).getUriMatchTemplate().toString())
                .filter(template -> !template.startsWith(SIGN_IN_ROUTES))
                .isPresent();
    }
}
