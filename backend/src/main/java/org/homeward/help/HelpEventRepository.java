package org.homeward.help;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface HelpEventRepository extends CrudRepository<HelpEvent, String> {

    List<HelpEvent> findByHelpRequestIdInListOrderByNumber(Collection<String> helpRequestIds);

    /** The next number in a request's history; the request row is locked by whoever writes. */
    @Query(value = "SELECT COALESCE(MAX(number), 0) + 1 FROM help_request_events WHERE help_request_id = :helpRequestId",
            nativeQuery = true)
    int nextNumber(String helpRequestId);
}
