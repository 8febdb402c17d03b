package org.homeward.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserAccountRepository extends CrudRepository<UserAccount, String> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByOrganisationIdOrderByDisplayName(String organisationId);

    List<UserAccount> findByOrganisationIdAndRoleOrderByDisplayName(String organisationId, Role role);

    List<UserAccount> findByIdInListOrderByDisplayName(List<String> ids);

    List<UserAccount> findByIdInList(Collection<String> ids);

    Optional<UserAccount> findByIdAndOrganisationId(String id, String organisationId);

    /** See V7__plan_versions.sql: a column the entity does not map. */
    @Query("UPDATE users SET plan_version = plan_version + 1 WHERE id = :id")
    void raisePlanVersion(String id);

    @Query("SELECT plan_version FROM users WHERE id = :id")
    Optional<Long> findPlanVersionById(String id);
}
