package org.homeward.audit;

import io.micronaut.serde.annotation.Serdeable;
import org.homeward.people.Role;

import java.time.Instant;

/** An audit row as people read it: who (by their chosen name), in which role, what, when. */
@Serdeable
public record AccessLogEntry(String participantId, String participantName, String actorId, String actorName,
                             Role actorRole, DataKind dataKind, AuditAction action, Instant occurredAt) {
}
