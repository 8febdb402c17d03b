package org.homeward.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Insert and read only: the application never updates or deletes an audit row. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AccessRecordRepository extends GenericRepository<AccessRecord, String> {

    AccessRecord save(AccessRecord record);

    List<AccessRecord> saveAll(Iterable<AccessRecord> records);

    List<String> findParticipantIdByActorIdAndDataKindAndOccurredAtGreaterThanEquals(String actorId,
                                                                                  DataKind dataKind, Instant since);

    List<AccessRecord> findTop500ByParticipantIdOrderByOccurredAtDesc(String participantId);

    @Query(value = "SELECT * FROM access_log WHERE organisation_id = :organisationId "
            + "AND (:participantId IS NULL OR participant_id = :participantId) "
            + "AND (:actorId IS NULL OR actor_id = :actorId) "
            + "AND (:dataKind IS NULL OR data_kind = :dataKind) "
            + "AND occurred_at >= :from AND occurred_at < :to "
            + "ORDER BY occurred_at DESC LIMIT 500", nativeQuery = true)
    List<AccessRecord> search(String organisationId, @Nullable String participantId, @Nullable String actorId,
                              @Nullable String dataKind, Instant from, Instant to);
}
