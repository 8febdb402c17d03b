package org.homeward.idempotency;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.homeward.common.Ids;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reserves keys, stores answers and gives reservations up. The unique constraint on
 * (user_id, idempotency_key) decides which of two concurrent requests runs: the database, not this
 * process, so it holds across several instances. Each call commits on its own, so a reservation is
 * visible to the other request at once.
 */
@Singleton
public class IdempotencyStore {

    private final IdempotencyRecordRepository records;
    private final Clock clock;
    private final Duration retention;

    public IdempotencyStore(IdempotencyRecordRepository records, Clock clock,
                            @Value("${homeward.idempotency.retention:24h}") Duration retention) {
        this.records = records;
        this.clock = clock;
        this.retention = retention;
    }

    Reservation reserve(String userId, String key, RequestFingerprint fingerprint) {
        Optional<String> reserved = tryInsert(userId, key, fingerprint);
        if (reserved.isPresent()) {
            return new Reservation.Reserved(reserved.get());
        }
        Optional<IdempotencyRecord> existing = records.findByUserIdAndIdempotencyKey(userId, key);
        if (existing.isEmpty()) {
            // The first request gave its reservation up between our insert and this read.
            return new Reservation.InProgress();
        }
        IdempotencyRecord record = existing.get();
        Instant cutoff = cutoff();
        if (record.createdAt().isBefore(cutoff)) {
            // An expired key counts as new; of two requests racing for it, one wins the insert.
            records.deleteIfCreatedBefore(record.id(), cutoff);
            return tryInsert(userId, key, fingerprint).<Reservation>map(Reservation.Reserved::new)
                    .orElseGet(Reservation.InProgress::new);
        }
        if (!fingerprint.matches(record)) {
            return new Reservation.Mismatch();
        }
        return record.isCompleted() ? new Reservation.Replay(record) : new Reservation.InProgress();
    }

    /** Stores the answer of a request that succeeded, so retries get it again. */
    void complete(String recordId, int status, @Nullable String contentType, @Nullable String body) {
        records.complete(recordId, status, contentType, body);
    }

    /** Gives a reservation up after a failure, so the client may correct the request and retry with the same key. */
    void release(String recordId) {
        records.release(recordId);
    }

    /** Rows created before this instant are expired. */
    Instant cutoff() {
        return clock.instant().minus(retention);
    }

    private Optional<String> tryInsert(String userId, String key, RequestFingerprint fingerprint) {
        String id = Ids.newId();
        try {
            records.save(new IdempotencyRecord(id, userId, key, fingerprint.method(), fingerprint.path(),
                    fingerprint.bodyHash(), null, null, null, clock.instant()));
            return Optional.of(id);
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }
}
