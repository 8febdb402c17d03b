package org.homeward.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * What a mentor logs after talking with a participant. {@code occurredAt} defaults to now;
 * {@code domains} are LifeDomain names (checked by the service, so an unknown one is a field problem);
 * {@code meetingId} links the mentor meeting it followed; {@code concern} and {@code nextMeeting}
 * are optional.
 */
@Serdeable
public record NewCheckIn(
        @Nullable Instant occurredAt,
        @Nullable MeetingMode mode,
        @Nullable Integer durationMinutes,
        @Nullable Integer mood,
        @Nullable List<String> domains,
        @Nullable InControl inControl,
        @Nullable String note,
        @Nullable Boolean shareNoteWithCaseworker,
        @Nullable String meetingId,
        @Nullable NewConcern concern,
        @Nullable NewMentorMeeting nextMeeting) {
}
