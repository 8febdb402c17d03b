package org.homeward.push.outbox;

/** Where one message to one device stands. */
public enum OutboxStatus {
    /** Waiting to be sent, being sent, or waiting for its next try: see {@code due_at}. */
    QUEUED,
    /** Handed to FCM. */
    SENT,
    /** The device is gone (token unregistered, removed, signed out, handed on): not sent, not retried. */
    UNDELIVERABLE,
    /** Gave up after the last try or on a permanent error; shown to caseworkers. */
    FAILED,
    /** Its reminder was withdrawn before it was due. */
    WITHDRAWN
}
