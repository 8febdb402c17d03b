package org.homeward.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A conversation a mentor logged, or the participant's own check-in ({@code selfCheckIn}: mood and
 * a note only). {@code domains} keeps the life domains talked about as comma-separated names.
 */
@MappedEntity("check_ins")
public record CheckIn(
        @Id String id,
        String organisationId,
        String participantId,
        String authorId,
        boolean selfCheckIn,
        Instant occurredAt,
        @Nullable MeetingMode mode,
        @Nullable Integer durationMinutes,
        int mood,
        @Nullable String domains,
        @Nullable InControl inControl,
        @Nullable String note,
        boolean noteShared,
        @Nullable String meetingId,
        Instant createdAt) {
}
