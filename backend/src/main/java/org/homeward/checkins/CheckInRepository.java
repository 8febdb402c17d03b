package org.homeward.checkins;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CheckInRepository extends CrudRepository<CheckIn, String> {

    List<CheckIn> findByParticipantIdOrderByOccurredAtDesc(String participantId);

    List<CheckIn> findByParticipantIdAndAuthorIdOrderByOccurredAtDesc(String participantId, String authorId);

    /** The last mentor check-in of each participant: one query for a whole caseload. */
    @Query(value = "SELECT participant_id, MAX(occurred_at) AS last_at FROM check_ins "
            + "WHERE participant_id IN (:participantIds) AND self_check_in = FALSE GROUP BY participant_id",
            nativeQuery = true)
    List<LastCheckIn> lastMentorCheckIns(Collection<String> participantIds);
}
