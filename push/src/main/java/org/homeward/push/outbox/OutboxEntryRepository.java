package org.homeward.push.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxEntryRepository extends CrudRepository<OutboxEntry, Long> {

    /**
     * Due messages no other dispatcher holds. SKIP LOCKED lets any number of dispatchers, in any
     * number of processes, take disjoint batches without waiting on each other.
     */
    @Query(value = "SELECT * FROM push_outbox WHERE status = 'QUEUED' AND due_at <= :now ORDER BY due_at LIMIT :limit "
            + "FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<OutboxEntry> lockDue(long now, int limit);

    @Query("UPDATE push_outbox SET status = 'SENT', sent_at = :sentAt, last_error = NULL, attempts = attempts + 1 "
            + "WHERE id IN (:ids) AND status = 'QUEUED'")
    int markSent(Collection<Long> ids, long sentAt);

    @Query("UPDATE push_outbox SET status = :status, last_error = :error, attempts = attempts + 1 "
            + "WHERE id = :id AND status = 'QUEUED'")
    int end(long id, String status, String error);

    @Query("UPDATE push_outbox SET due_at = :dueAt, last_error = :error, attempts = attempts + 1 "
            + "WHERE id = :id AND status = 'QUEUED'")
    int retryAt(long id, long dueAt, String error);

    @Query("UPDATE push_outbox SET status = :status, last_error = :error WHERE device_id = :deviceId AND status = 'QUEUED'")
    int endQueuedForDevice(String deviceId, String status, String error);

    @Query("UPDATE push_outbox SET status = 'WITHDRAWN' WHERE notification_id IN (:notificationIds) AND status = 'QUEUED'")
    int withdraw(Collection<String> notificationIds);

    List<OutboxEntry> findByNotificationIdInList(Collection<String> notificationIds);

    /** Messages that could not be delivered in the end, newest first, for the people given. */
    @Query(value = "SELECT * FROM push_outbox WHERE user_id IN (:userIds) AND status = 'FAILED' ORDER BY first_due_at DESC LIMIT :limit",
            nativeQuery = true)
    List<OutboxEntry> failedFor(Collection<String> userIds, int limit);
}
