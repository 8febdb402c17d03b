package org.homeward.idempotency;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;

/**
 * Deletes keys older than the retention (24 hours), a batch at a time so no statement holds many
 * locks for long. After that a client's retry counts as a new request; phones retry within minutes.
 */
@Singleton
public class IdempotencyKeyPurge {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyPurge.class);
    static final int BATCH_SIZE = 500;

    private final IdempotencyRecordRepository records;
    private final IdempotencyStore store;

    public IdempotencyKeyPurge(IdempotencyRecordRepository records, IdempotencyStore store) {
        this.records = records;
        this.store = store;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    public void purgeOnSchedule() {
        int deleted = purgeExpired(BATCH_SIZE);
        if (deleted > 0) {
            LOG.info("Purged {} expired idempotency keys", deleted);
        }
    }

    /** @return how many rows were deleted */
    public int purgeExpired(int batchSize) {
        // One cutoff for the whole run: rows that expire meanwhile wait for the next run.
        Instant cutoff = store.cutoff();
        int deleted = 0;
        while (true) {
            List<String> ids = records.findIdsCreatedBefore(cutoff, batchSize);
            int batch = ids.isEmpty() ? 0 : records.deleteByIds(ids);
            deleted += batch;
            if (ids.size() < batchSize || batch == 0) {
                return deleted;
            }
        }
    }
}
