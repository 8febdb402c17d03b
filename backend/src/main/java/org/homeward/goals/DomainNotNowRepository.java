package org.homeward.goals;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DomainNotNowRepository extends CrudRepository<DomainNotNow, DomainNotNow.Key> {

    List<DomainNotNow> findByKeyParticipantId(String participantId);
}
