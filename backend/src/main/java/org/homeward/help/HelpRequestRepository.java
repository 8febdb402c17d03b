package org.homeward.help;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface HelpRequestRepository extends CrudRepository<HelpRequest, String> {

    /**
     * Requests due to escalate that no other server is escalating: SKIP LOCKED lets every instance
     * run the escalation without a coordinator, and the lock held to commit keeps it to once.
     */
    @Query(value = "SELECT * FROM help_requests WHERE status = 'OPEN' AND escalate_at <= :now ORDER BY escalate_at "
            + "LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<HelpRequest> lockDueForEscalation(long now, int limit);

    /** Locks one request for a change, so two caseworkers answering at once are serialised. */
    @Query(value = "SELECT * FROM help_requests WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<HelpRequest> lockById(String id);

    List<HelpRequest> findByParticipantIdOrderByCreatedAtDesc(String participantId);

    List<HelpRequest> findByOrganisationIdAndStatusInListOrderByCreatedAt(String organisationId,
                                                                        Collection<HelpStatus> statuses);

    List<HelpRequest> findByOrganisationIdAndCreatedAtGreaterThanEquals(String organisationId, Instant since);
}
