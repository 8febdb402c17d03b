package org.homeward.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One change to a help request: who, what, when. Never changed afterwards. */
@MappedEntity("help_request_events")
public record HelpEvent(
        @Id String id,
        String helpRequestId,
        int number,
        HelpEventKind kind,
        @Nullable String actorId,
        @Nullable String text,
        @Nullable Integer level,
        @Nullable HelpOutcome outcome,
        Instant at) {
}
