package org.homeward.push.outbox;

import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Wakes this process's idle dispatchers when something was queued for now, so an urgent message
 * (a help request) leaves at once instead of after the idle wait. Other processes still find it
 * on their next look; nothing depends on the signal arriving.
 */
@Singleton
public class DispatchSignal {

    private final Object lock = new Object();
    private long generation;

    /** Something new is due. */
    public void wake() {
        synchronized (lock) {
            generation++;
            lock.notifyAll();
        }
    }

    /** The current generation: read it before looking for work, and wait for a newer one. */
    public long generation() {
        synchronized (lock) {
            return generation;
        }
    }

    /** Waits until woken after {@code seen} was read, or at most {@code longest}. */
    public void awaitAfter(long seen, Duration longest) throws InterruptedException {
        long deadline = System.nanoTime() + longest.toNanos();
        synchronized (lock) {
            while (generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }
    }
}
