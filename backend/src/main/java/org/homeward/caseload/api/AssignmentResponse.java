package org.homeward.caseload.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.caseload.CaseAssignment;

import java.time.Instant;

@Serdeable
public record AssignmentResponse(String id, String participantId, String caseworkerId, Instant startedAt,
                                 @Nullable Instant endedAt) {

    static AssignmentResponse of(CaseAssignment assignment) {
        return new AssignmentResponse(assignment.id(), assignment.participantId(), assignment.caseworkerId(),
                assignment.startedAt(), assignment.endedAt());
    }
}
