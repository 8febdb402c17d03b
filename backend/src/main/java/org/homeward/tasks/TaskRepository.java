package org.homeward.tasks;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TaskRepository extends CrudRepository<Task, String> {

    List<Task> findByParticipantIdAndDeletedAtIsNull(String participantId);

    Optional<Task> findByIdAndDeletedAtIsNull(String id);

    List<Task> findByIdInList(Collection<String> ids);

    List<Task> findByParticipantIdAndStatusAndDeletedAtIsNullAndDueDateGreaterThanEquals(String participantId,
                                                                                        TaskStatus status,
                                                                                        LocalDate from);

    /** Open tasks due on or before a day: today's and the overdue ones. */
    List<Task> findByParticipantIdAndStatusAndDeletedAtIsNullAndDueDateLessThanEquals(String participantId,
                                                                                     TaskStatus status,
                                                                                     LocalDate day);

    long countByParticipantIdAndStatusAndDeletedAtIsNullAndDueDateLessThan(String participantId, TaskStatus status,
                                                                          LocalDate day);

    /** Everything changed at or after an instant, deleted rows included, for a phone's offline copy. */
    List<Task> findByParticipantIdAndUpdatedAtGreaterThanEquals(String participantId, Instant since);
}
