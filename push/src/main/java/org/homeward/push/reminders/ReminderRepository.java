package org.homeward.push.reminders;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReminderRepository extends CrudRepository<Reminder, String> {

    /** Planned reminders due before {@code until} that no other process is turning into notifications. */
    @Query(value = "SELECT * FROM reminders WHERE status = 'PLANNED' AND due_at <= :until ORDER BY due_at LIMIT :limit "
            + "FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<Reminder> lockDue(long until, int limit);

    @Query("UPDATE reminders SET status = :status WHERE id IN (:ids)")
    int mark(Collection<String> ids, String status);

    List<Reminder> findBySubjectTypeAndSubjectIdAndStatusNotEqual(String subjectType, String subjectId,
                                                                  ReminderStatus status);

    List<Reminder> findBySubjectTypeAndSubjectIdOrderByDueAt(String subjectType, String subjectId);
}
