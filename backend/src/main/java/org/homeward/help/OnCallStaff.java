package org.homeward.help;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Someone on the organisation's on-call list: the last level of escalation. */
@MappedEntity("on_call_staff")
public record OnCallStaff(@Id String id, String organisationId, String userId, Instant createdAt) {
}
