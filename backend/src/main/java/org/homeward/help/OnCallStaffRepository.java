package org.homeward.help;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OnCallStaffRepository extends CrudRepository<OnCallStaff, String> {

    @Query(value = "SELECT user_id FROM on_call_staff WHERE organisation_id = :organisationId", nativeQuery = true)
    List<String> userIdsIn(String organisationId);

    @Query("DELETE FROM on_call_staff WHERE organisation_id = :organisationId")
    int clear(String organisationId);
}
