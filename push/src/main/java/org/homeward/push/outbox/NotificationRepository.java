package org.homeward.push.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface NotificationRepository extends CrudRepository<Notification, String> {

    @Query(value = "SELECT * FROM notifications WHERE user_id = :userId AND due_at <= :now AND withdrawn_at IS NULL "
            + "ORDER BY due_at DESC, id LIMIT :limit", nativeQuery = true)
    List<Notification> inbox(String userId, long now, int limit);

    @Query(value = "SELECT COUNT(*) FROM notifications WHERE user_id = :userId AND due_at <= :now "
            + "AND withdrawn_at IS NULL AND read_at IS NULL", nativeQuery = true)
    long unread(String userId, long now);

    Optional<Notification> findByIdAndUserId(String id, String userId);

    @Query("UPDATE notifications SET read_at = :readAt WHERE id = :id AND read_at IS NULL")
    int markRead(String id, Instant readAt);

    @Query(value = "SELECT id FROM notifications WHERE reminder_id IN (:reminderIds) AND due_at > :now "
            + "AND withdrawn_at IS NULL", nativeQuery = true)
    List<String> notYetDueFrom(Collection<String> reminderIds, long now);

    @Query("UPDATE notifications SET withdrawn_at = :withdrawnAt WHERE id IN (:ids)")
    int withdraw(Collection<String> ids, Instant withdrawnAt);
}
