package org.homeward.push.devices;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeviceRepository extends CrudRepository<Device, String> {

    Optional<Device> findByTokenHash(String tokenHash);

    Optional<Device> findByIdAndUserId(String id, String userId);

    List<Device> findByUserIdOrderByCreatedAt(String userId);

    List<Device> findByUserIdInList(Collection<String> userIds);

    List<Device> findBySessionId(String sessionId);

    @Query("DELETE FROM devices WHERE id = :id")
    int remove(String id);
}
