package org.homeward.contacts;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface HotlineRepository extends CrudRepository<Hotline, String> {

    List<Hotline> findByOrganisationId(String organisationId);

    Optional<Hotline> findByIdAndOrganisationId(String id, String organisationId);

    long countByOrganisationId(String organisationId);
}
