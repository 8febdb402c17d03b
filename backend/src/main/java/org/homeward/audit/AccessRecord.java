package org.homeward.audit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.homeward.people.Role;

import java.time.Instant;

/** One look at, or change of, a participant's information by someone else. */
@MappedEntity("access_log")
public record AccessRecord(
        @Id String id,
        String organisationId,
        String participantId,
        String actorId,
        Role actorRole,
        DataKind dataKind,
        AuditAction action,
        Instant occurredAt) {
}
