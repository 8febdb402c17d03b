package org.homeward.tasks;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TaskTranslationRepository extends CrudRepository<TaskTranslation, String> {

    List<TaskTranslation> findByTaskIdInList(Collection<String> taskIds);

    Optional<TaskTranslation> findByTaskIdAndLanguage(String taskId, String language);
}
