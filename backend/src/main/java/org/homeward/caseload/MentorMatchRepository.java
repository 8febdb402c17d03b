package org.homeward.caseload;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MentorMatchRepository extends CrudRepository<MentorMatch, String> {

    List<MentorMatch> findByMentorId(String mentorId);

    List<MentorMatch> findByParticipantId(String participantId);
}
