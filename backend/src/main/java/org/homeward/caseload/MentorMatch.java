package org.homeward.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A mentor walking with a participant from {@code startsOn}; {@code endsOn} is set when the match ends. */
@MappedEntity("mentor_matches")
public record MentorMatch(
        @Id String id,
        String organisationId,
        String participantId,
        String mentorId,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        Instant createdAt) {

    public boolean isActiveOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || endsOn.isAfter(day));
    }

    public MentorMatch endingOn(LocalDate day) {
        return new MentorMatch(id, organisationId, participantId, mentorId, startsOn, day, createdAt);
    }
}
