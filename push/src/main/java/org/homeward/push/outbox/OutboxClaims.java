package org.homeward.push.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.push.PushSettings;
import org.homeward.push.devices.Devices;
import org.homeward.push.gateway.Delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The dispatcher's two short transactions: take a batch of due messages, and record what became
 * of them. Sending happens between the two, outside any transaction, so no row stays locked while
 * FCM answers.
 */
@Singleton
public class OutboxClaims {

    private final OutboxEntryRepository entries;
    private final Devices devices;
    private final RetryPolicy retries;
    private final PushSettings settings;
    private final Clock clock;

    public OutboxClaims(OutboxEntryRepository entries, Devices devices, RetryPolicy retries, PushSettings settings,
                        Clock clock) {
        this.entries = entries;
        this.devices = devices;
        this.retries = retries;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public List<OutboxEntry> claimDue(int limit) {
        long now = clock.millis();
        List<OutboxEntry> due = entries.lockDue(now, limit);
        if (!due.isEmpty()) {
            entries.claim(due.stream().map(OutboxEntry::id).toList(), now + settings.getClaim().toMillis());
        }
        return due;
    }

    /** @param deliveries one per entry, in the same order */
    @Transactional
    public void record(List<OutboxEntry> batch, List<Delivery> deliveries) {
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
