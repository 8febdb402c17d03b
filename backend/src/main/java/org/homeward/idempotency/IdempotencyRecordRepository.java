package org.homeward.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface IdempotencyRecordRepository extends CrudRepository<IdempotencyRecord, String> {

    Optional<IdempotencyRecord> findByUserIdAndIdempotencyKey(String userId, String idempotencyKey);

    /** Stores the answer once; a row that already has one is left as it is. */
    @Query("UPDATE idempotency_keys SET response_status = :status, response_content_type = :contentType, "
            + "response_body = :body WHERE id = :id AND response_status IS NULL")
    int complete(String id, int status, @Nullable String contentType, @Nullable String body);

    /** Gives a reservation up; a completed row is never removed this way. */
    @Query("DELETE FROM idempotency_keys WHERE id = :id AND response_status IS NULL")
    int release(String id);

    /** Removes a row only if it is still older than the cutoff (another request may have replaced it). */
    @Query("DELETE FROM idempotency_keys WHERE id = :id AND created_at < :cutoff")
    int deleteIfCreatedBefore(String id, Instant cutoff);

    /** A batch of expired rows; H2 rejects DELETE ... LIMIT, so the purge selects ids first. */
    @Query(value = "SELECT id FROM idempotency_keys WHERE created_at < :cutoff ORDER BY created_at LIMIT :limit",
            nativeQuery = true)
    List<String> findIdsCreatedBefore(Instant cutoff, int limit);

    @Query("DELETE FROM idempotency_keys WHERE id IN (:ids)")
    int deleteByIds(Collection<String> ids);
}
