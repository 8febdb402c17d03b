package org.homeward.calendar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CalendarLinkRepository extends CrudRepository<CalendarLink, String> {

    Optional<CalendarLink> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    /** Revokes every link of the participant that is still active; returns how many were. */
    @Query("UPDATE calendar_links SET revoked_at = :now WHERE participant_id = :participantId AND revoked_at IS NULL")
    long revokeAllOf(String participantId, Instant now);

    /**
     * Locks the participant's account row until the transaction ends, so two "new link" requests
     * at once cannot both leave an active link behind.
     */
    @Query("SELECT id FROM users WHERE id = :participantId FOR UPDATE")
    Optional<String> lockParticipant(String participantId);
}
