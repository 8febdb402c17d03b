package org.homeward.checkins;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ConcernRepository extends CrudRepository<Concern, String> {

    List<Concern> findByParticipantIdInListAndRespondedAtIsNullOrderByRaisedAt(Collection<String> participantIds);

    List<Concern> findByParticipantIdInListOrderByRaisedAtDesc(Collection<String> participantIds);

    /** Locks one concern, so two caseworkers answering at once are serialised. */
    @Query(value = "SELECT * FROM concerns WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Concern> lockById(String id);
}
