package org.homeward.common;

/** What went wrong, in terms the API and the portal both translate into their own answers. */
public enum ProblemKind {
    INVALID(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    TOO_MANY_ATTEMPTS(429);

    private final int httpStatus;

    ProblemKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
