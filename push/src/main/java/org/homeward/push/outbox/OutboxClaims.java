package org.homeward.push.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.push.devices.Devices;
import org.homeward.push.gateway.Delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One batch, in one transaction: lock due messages no other dispatcher holds, send them, record what
 * became of each, commit. The row locks are the claim: another dispatcher skips them (SKIP LOCKED),
 * and if this process dies before the commit, the transaction rolls back and the messages are due
 * again at once, to be sent again with the same message id (at least once, never lost). Holding the
 * batch's rows for the length of one FCM call costs less than writing a claim and then the outcome.
 */
@Singleton
public class OutboxClaims {

    private final OutboxEntryRepository entries;
    private final Devices devices;
    private final RetryPolicy retries;
    private final Clock clock;

    public OutboxClaims(OutboxEntryRepository entries, Devices devices, RetryPolicy retries, Clock clock) {
        this.entries = entries;
        this.devices = devices;
        this.retries = retries;
        this.clock = clock;
    }

    /**
     * @param send hands a batch to FCM and answers one delivery per message, in order
     * @return how many messages it took (0: nothing was due)
     */
    @Transactional
    public int sendDue(int limit, Function<List<OutboxEntry>, List<Delivery>> send) {
        List<OutboxEntry> due = entries.lockDue(clock.millis(), limit);
        if (due.isEmpty()) {
            return 0;
        }
        record(due, send.apply(due));
        return due.size();
    }

    private void record(List<OutboxEntry> batch, List<Delivery> deliveries) {
        long now = clock.millis();
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            OutboxEntry entry = batch.get(i);
            Delivery delivery = deliveries.get(i);
            int attempts = entry.attempts() + 1;
            switch (delivery.outcome()) {
                case DELIVERED -> sent.add(entry.id());
                case UNREGISTERED -> devices.unregistered(entry.deviceId());
                case RETRY -> {
                    if (retries.mayRetryAfter(attempts)) {
                        entries.retryAt(entry.id(), now + retries.delayAfter(attempts, delivery.retryAfter()).toMillis(),
                                error(delivery));
                    } else {
                        entries.end(entry.id(), OutboxStatus.FAILED.name(), error(delivery));
                    }
                }
                case FAILED -> entries.end(entry.id(), OutboxStatus.FAILED.name(), error(delivery));
            }
        }
        if (!sent.isEmpty()) {
            entries.markSent(sent, now);
        }
    }

    private static String error(Delivery delivery) {
        String detail = delivery.detail() == null ? delivery.outcome().name() : delivery.detail();
        return detail.length() <= 200 ? detail : detail.substring(0, 200);
    }
}
