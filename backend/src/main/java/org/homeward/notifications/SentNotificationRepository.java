package org.homeward.notifications;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The outbox seen from the organisation: who each message was for. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SentNotificationRepository extends GenericRepository<SentNotification, Long> {

    @Query(value = "SELECT o.id, o.user_id, u.display_name AS recipient_name, n.kind, o.title, o.body, o.status, "
            + "o.attempts, o.due_at, o.sent_at, o.last_error FROM push_outbox o "
            + "JOIN users u ON u.id = o.user_id JOIN notifications n ON n.id = o.notification_id "
            + "WHERE u.organisation_id = :organisationId ORDER BY o.id DESC LIMIT :limit", nativeQuery = true)
    List<SentNotification> latestIn(String organisationId, int limit);

    @Query(value = "SELECT o.id, o.user_id, u.display_name AS recipient_name, n.kind, o.title, o.body, o.status, "
            + "o.attempts, o.due_at, o.sent_at, o.last_error FROM push_outbox o "
            + "JOIN users u ON u.id = o.user_id JOIN notifications n ON n.id = o.notification_id "
            + "WHERE o.user_id = :userId AND o.status = 'FAILED' ORDER BY o.id DESC LIMIT :limit", nativeQuery = true)
    List<SentNotification> failedFor(String userId, int limit);
}
