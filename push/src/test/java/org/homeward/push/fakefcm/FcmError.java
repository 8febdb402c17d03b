package org.homeward.push.fakefcm;

import java.time.Duration;

/**
 * An error as FCM's v1 API answers it: HTTP status, a google.rpc status with message, and (for
 * FCM's own codes) a {@code google.firebase.fcm.v1.FcmError} detail. The SDK reads the detail's
 * errorCode into {@code MessagingErrorCode}; the format is the one its own tests use.
 *
 * @param errorCode  the FcmError detail's errorCode, or null for a bare google.rpc error
 * @param retryAfter sent as Retry-After (whole seconds) when not null
 */
public record FcmError(int httpStatus, String status, String message, String errorCode, Duration retryAfter) {

    public static FcmError unregistered() {
        return new FcmError(404, "NOT_FOUND", "Requested entity was not found.", "UNREGISTERED", null);
    }

    /** A token that is no token: FCM says INVALID_ARGUMENT, with this wording. */
    public static FcmError invalidToken() {
        return new FcmError(400, "INVALID_ARGUMENT",
                "The registration token is not a valid FCM registration token", "INVALID_ARGUMENT", null);
    }

    /** INVALID_ARGUMENT about the message, not the token. */
    public static FcmError invalidMessage() {
        return new FcmError(400, "INVALID_ARGUMENT",
                "Invalid value at 'message.data[0].value' (TYPE_STRING), 12", "INVALID_ARGUMENT", null);
    }

    public static FcmError senderIdMismatch() {
        return new FcmError(403, "PERMISSION_DENIED", "SenderId mismatch", "SENDER_ID_MISMATCH", null);
    }

    public static FcmError quotaExceeded(Duration retryAfter) {
        return new FcmError(429, "RESOURCE_EXHAUSTED",
                "Quota exceeded for quota metric 'Send requests' of service 'fcm.googleapis.com'.",
                "QUOTA_EXCEEDED", retryAfter);
    }

    /**
     * 503. Note the SDK itself retries 503 up to 4 times (about 7.5 s of back-off) unless the
     * Retry-After is longer than 60 s, in which case it gives up at once.
     */
    public static FcmError unavailable(Duration retryAfter) {
        return new FcmError(503, "UNAVAILABLE", "The service is currently unavailable.", "UNAVAILABLE", retryAfter);
    }

    public static FcmError internal() {
        return new FcmError(500, "INTERNAL", "Internal error encountered.", "INTERNAL", null);
    }

    String json() {
        String details = errorCode == null ? "" : ",\"details\":[{\"@type\":"
                + "\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"" + errorCode + "\"}]";
        return "{\"error\":{\"code\":" + httpStatus + ",\"message\":\"" + message.replace("\"", "\\\"")
                + "\",\"status\":\"" + status + "\"" + details + "}}";
    }
}
