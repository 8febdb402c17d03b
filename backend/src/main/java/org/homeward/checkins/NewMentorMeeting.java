package org.homeward.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** The next meeting a mentor plans: when, for how long (default 60 minutes), how, and where. */
@Serdeable
public record NewMentorMeeting(@Nullable Instant startsAt, @Nullable Integer durationMinutes,
                               @Nullable MeetingMode mode, @Nullable String place) {
}
