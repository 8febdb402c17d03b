package org.homeward.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ActivationCodeRepository extends CrudRepository<ActivationCode, String> {

    Optional<ActivationCode> findByCodeHash(String codeHash);

    /** Marks a code used only if nobody used it first; returns 0 to the loser of a race. */
    @Query("UPDATE activation_codes SET used_at = :usedAt WHERE id = :id AND used_at IS NULL")
    int markUsed(String id, Instant usedAt);

    @Query("UPDATE activation_codes SET used_at = :usedAt WHERE user_id = :userId AND used_at IS NULL")
    int retireAllFor(String userId, Instant usedAt);
}
