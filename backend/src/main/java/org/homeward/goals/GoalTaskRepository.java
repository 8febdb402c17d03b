package org.homeward.goals;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GoalTaskRepository extends CrudRepository<GoalTask, GoalTask.Key> {

    List<GoalTask> findByKeyGoalIdInList(Collection<String> goalIds);

    void deleteByKeyGoalId(String goalId);
}
