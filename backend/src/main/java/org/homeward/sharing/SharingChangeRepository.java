package org.homeward.sharing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Insert and read only: the history of choices is never rewritten. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SharingChangeRepository extends GenericRepository<SharingChange, String> {

    SharingChange save(SharingChange change);

    List<SharingChange> findByParticipantIdOrderByChangedAtDesc(String participantId);
}
