package org.homeward.goals;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GoalRatingRepository extends CrudRepository<GoalRating, String> {

    List<GoalRating> findByParticipantId(String participantId);

    List<GoalRating> findByGoalId(String goalId);

    Optional<GoalRating> findByGoalIdAndRaterRoleAndRatedOn(String goalId, RaterRole raterRole, LocalDate ratedOn);
}
