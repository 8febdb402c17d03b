package org.homeward.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RefreshTokenRepository extends CrudRepository<RefreshToken, String> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /** Uses a token once; a concurrent second use gets 0 and is treated as reuse. */
    @Query("UPDATE refresh_tokens SET used_at = :usedAt WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
    int markUsed(String id, Instant usedAt);

    @Query("UPDATE refresh_tokens SET revoked_at = :revokedAt WHERE family_id = :familyId AND revoked_at IS NULL")
    int revokeFamily(String familyId, Instant revokedAt);

    @Query("UPDATE refresh_tokens SET revoked_at = :revokedAt WHERE user_id = :userId AND revoked_at IS NULL")
    int revokeAllFor(String userId, Instant revokedAt);
}
