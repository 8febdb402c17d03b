package org.homeward.contacts;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/**
 * Trusted contacts, unsafe ones included. Only {@link TrustedContactService} (the participant's own
 * list) and {@link CrisisContactService} (through {@link SafeContacts}) may use it; an architecture
 * test holds everyone else to that.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface TrustedContactRepository extends CrudRepository<TrustedContact, String> {

    List<TrustedContact> findByParticipantId(String participantId);

    Optional<TrustedContact> findByIdAndParticipantId(String id, String participantId);

    long countByParticipantId(String participantId);
}
