package org.homeward.caseload;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CaseAssignmentRepository extends CrudRepository<CaseAssignment, String> {

    List<CaseAssignment> findByCaseworkerIdAndEndedAtIsNull(String caseworkerId);

    List<CaseAssignment> findByParticipantIdAndEndedAtIsNull(String participantId);

    boolean existsByParticipantIdAndCaseworkerIdAndEndedAtIsNull(String participantId, String caseworkerId);
}
