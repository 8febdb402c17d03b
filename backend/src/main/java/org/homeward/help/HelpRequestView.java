package org.homeward.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A help request as its reader sees it. {@code statusText} says where it stands in the reader's
 * language ("Seen by Casey at 14:05"). The participant's own view leaves out caseworkers' notes and
 * escalations; caseworkers see everything.
 */
@Serdeable
public record HelpRequestView(
        String id,
        String participantId,
        String participantName,
        @Nullable HelpCategory category,
        Urgency urgency,
        @Nullable String message,
        HelpStatus status,
        String statusText,
        int escalationLevel,
        @Nullable String acknowledgedByName,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant resolvedAt,
        @Nullable HelpOutcome outcome,
        @Nullable String referredTo,
        Instant createdAt,
        Instant updatedAt,
        List<Entry> history) {

    /** One change: what, by whom (a name), when. */
    @Serdeable
    public record Entry(HelpEventKind kind, @Nullable String byName, @Nullable String text, @Nullable Integer level,
                        @Nullable HelpOutcome outcome, Instant at) {
    }
}
