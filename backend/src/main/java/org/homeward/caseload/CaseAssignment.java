package org.homeward.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A caseworker responsible for a participant, from {@code startedAt} until {@code endedAt}. */
@MappedEntity("case_assignments")
public record CaseAssignment(
        @Id String id,
        String organisationId,
        String participantId,
        String caseworkerId,
        Instant startedAt,
        @Nullable Instant endedAt) {

    public boolean isCurrent() {
        return endedAt == null;
    }
}
