package org.homeward.sharing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SharingChoiceRepository extends CrudRepository<SharingChoice, SharingChoice.Key> {

    List<SharingChoice> findByKeyParticipantId(String participantId);

    List<SharingChoice> findByKeyPersonIdAndKeyParticipantIdInList(String personId, Collection<String> participantIds);
}
