package org.homeward.checkins;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MentorMeetingRepository extends CrudRepository<MentorMeeting, String> {

    List<MentorMeeting> findByParticipantIdAndMentorId(String participantId, String mentorId);
}
