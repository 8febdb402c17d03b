package org.homeward.push.gateway;

import com.google.firebase.ErrorCode;
import com.google.firebase.FirebaseException;
import com.google.firebase.IncomingHttpResponse;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.SendResponse;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the SDK's answer for one message as a {@link Delivery}. */
final class FcmOutcomes {

    /** What the detail says when no HTTP answer came at all (refused, reset, timed out). */
    static final String IO_ERROR = "IO_ERROR";

    /** What the detail says when no access token could be had (the token endpoint refused our key). */
    static final String AUTH_ERROR = "AUTH_ERROR";

    /**
     * FCM answers INVALID_ARGUMENT both for a malformed message and for a token that is no token;
     * only the latter means "prune the device". FCM's wording for it.
     */
    private static final String BAD_TOKEN_TEXT = "registration token is not a valid fcm registration token";

    private static final Set<ErrorCode> TRANSIENT = Set.of(
            ErrorCode.UNAVAILABLE, ErrorCode.INTERNAL, ErrorCode.DEADLINE_EXCEEDED, ErrorCode.RESOURCE_EXHAUSTED);

    private FcmOutcomes() {
    }

    static Delivery of(String messageId, SendResponse response) {
        if (response.isSuccessful()) {
            return Delivery.delivered(messageId, response.getMessageId());
        }
        return failure(messageId, response.getException());
    }

    static Delivery failure(String messageId, FirebaseMessagingException error) {
        MessagingErrorCode fcmCode = error.getMessagingErrorCode();
        String detail = fcmCode != null ? fcmCode.name() : error.getErrorCode().name();
        IncomingHttpResponse http = error.getHttpResponse();
        if (http == null && causedByIo(error)) {
            detail = causedByAuth(error) ? AUTH_ERROR : IO_ERROR;
        }
        return new Delivery(messageId, outcome(error), detail, http == null ? null : retryAfter(http.getHeaders()));
    }

    /** When the whole call failed: every message of the batch is to be tried again. */
    static Delivery callFailed(String messageId, Exception error) {
        String detail = error instanceof FirebaseException firebase
                ? firebase.getErrorCode().name()
                : error.getClass().getSimpleName();
        return new Delivery(messageId, DeliveryOutcome.RETRY, detail, null);
    }

    private static DeliveryOutcome outcome(FirebaseMessagingException error) {
        MessagingErrorCode fcmCode = error.getMessagingErrorCode();
        if (fcmCode != null) {
            return switch (fcmCode) {
                case UNREGISTERED, SENDER_ID_MISMATCH -> DeliveryOutcome.UNREGISTERED;
                case INVALID_ARGUMENT -> badToken(error) ? DeliveryOutcome.UNREGISTERED : DeliveryOutcome.FAILED;
                case UNAVAILABLE, INTERNAL, QUOTA_EXCEEDED -> DeliveryOutcome.RETRY;
                default -> DeliveryOutcome.FAILED;
            };
        }
        // No FCM detail in the body: fall back to the HTTP/gRPC-level code.
        ErrorCode code = error.getErrorCode();
        if (code == ErrorCode.INVALID_ARGUMENT) {
            return badToken(error) ? DeliveryOutcome.UNREGISTERED : DeliveryOutcome.FAILED;
        }
        if (TRANSIENT.contains(code) || (error.getHttpResponse() == null && causedByIo(error))) {
            return DeliveryOutcome.RETRY;
        }
        return DeliveryOutcome.FAILED;
    }

    private static boolean badToken(FirebaseMessagingException error) {
        if (mentionsBadToken(error.getMessage())) {
            return true;
        }
        IncomingHttpResponse http = error.getHttpResponse();
        return http != null && mentionsBadToken(http.getContent());
    }

    private static boolean mentionsBadToken(@Nullable String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(BAD_TOKEN_TEXT);
    }

    /**
     * google-auth reports a failed token exchange as an IOException of its own
     * (GoogleAuthException, not public), so it is recognised by its package.
     */
    private static boolean causedByAuth(Throwable error) {
        for (Throwable t = error.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getClass().getName().startsWith("com.google.auth.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedByIo(Throwable error) {
        for (Throwable t = error.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** Retry-After is either seconds or an HTTP date; the SDK hands headers over as strings or lists. */
    @Nullable
    static Duration retryAfter(@Nullable Map<String, Object> headers) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, Object> header : headers.entrySet()) {
            if ("retry-after".equalsIgnoreCase(header.getKey())) {
                Object value = header.getValue();
                if (value instanceof Collection<?> values) {
                    value = values.isEmpty() ? null : values.iterator().next();
                }
                return value == null ? null : parseRetryAfter(value.toString().trim());
            }
        }
        return null;
    }

    @Nullable
    private static Duration parseRetryAfter(String value) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
