package org.homeward.idempotency;

/** What the store says about a request that carries an Idempotency-Key. */
sealed interface Reservation {

    /** The key is new (or expired) and now held for this request: run it. */
    record Reserved(String recordId) implements Reservation {
    }

    /** The same request succeeded before: answer as then, without running it again. */
    record Replay(IdempotencyRecord record) implements Reservation {
    }

    /** The first request with this key has not finished yet: the client should retry shortly. */
    record InProgress() implements Reservation {
    }

    /** The key was first used for another request (other body, path or method). */
    record Mismatch() implements Reservation {
    }
}
