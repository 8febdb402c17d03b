package org.homeward.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.common.LifeDomain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A check-in as one reader may see it: the facts always, the note only for its author, and for a
 * caseworker when the author shared it and the participant shares check-in notes with them.
 */
@Serdeable
public record CheckInView(
        String id,
        String participantId,
        String authorId,
        String authorName,
        boolean selfCheckIn,
        Instant occurredAt,
        @Nullable MeetingMode mode,
        @Nullable Integer durationMinutes,
        int mood,
        List<LifeDomain> domains,
        @Nullable InControl inControl,
        @Nullable String note,
        boolean noteShared,
        @Nullable String meetingId) {

    static CheckInView of(CheckIn c, String authorName, boolean withNote) {
        return new CheckInView(c.id(), c.participantId(), c.authorId(), authorName, c.selfCheckIn(), c.occurredAt(),
                c.mode(), c.durationMinutes(), c.mood(), domainsOf(c.domains()), c.inControl(),
                withNote ? c.note() : null, c.noteShared(), c.meetingId());
    }

    static List<LifeDomain> domainsOf(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(LifeDomain::valueOf).toList();
    }
}
