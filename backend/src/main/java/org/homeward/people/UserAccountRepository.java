package org.homeward.people;

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
}
