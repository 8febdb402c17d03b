package org.homeward.appointments;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AppointmentRepository extends CrudRepository<Appointment, String> {

    Optional<Appointment> findByIdAndDeletedAtIsNull(String id);

    List<Appointment> findByIdInList(Collection<String> ids);

    List<Appointment> findByParticipantIdAndDeletedAtIsNullOrderByStartsAt(String participantId);

    List<Appointment> findByParticipantIdAndDeletedAtIsNullAndStartsAtBetweenOrderByStartsAt(String participantId,
                                                                                              Instant from,
                                                                                              Instant to);

    List<Appointment> findByParticipantIdAndDeletedAtIsNullAndStartsAtGreaterThanEqualsOrderByStartsAt(
            String participantId, Instant since);

    List<Appointment> findByParticipantIdAndUpdatedAtGreaterThanEquals(String participantId, Instant since);

    List<Appointment> findByCreatedByAndCategoryAndStatusAndDeletedAtIsNullAndStartsAtGreaterThanEquals(
            String createdBy, AppointmentCategory category, AppointmentStatus status, Instant from);

    long countByParticipantIdAndStatusAndDeletedAtIsNullAndStartsAtGreaterThanEquals(String participantId,
                                                                                     AppointmentStatus status,
                                                                                     Instant since);
}
