package org.homeward.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A participant's request for help, where it stands now. Its history is in {@link HelpEvent}s.
 *
 * @param escalationLevel 0: the assigned caseworkers; 1: also the backup caseworker; 2: also on-call staff
 * @param escalateAt      when it escalates next unless acknowledged (epoch ms); null when it will not
 */
@MappedEntity("help_requests")
public record HelpRequest(
        @Id String id,
        String organisationId,
        String participantId,
        @Nullable HelpCategory category,
        Urgency urgency,
        @Nullable String message,
        HelpStatus status,
        int escalationLevel,
        @Nullable Long escalateAt,
        @Nullable String acknowledgedBy,
        @Nullable Instant acknowledgedAt,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt,
        @Nullable HelpOutcome outcome,
        @Nullable String referredTo,
        Instant createdAt,
        Instant updatedAt) {

    public static final int TOP_LEVEL = 2;

    public boolean isActive() {
        return status == HelpStatus.OPEN || status == HelpStatus.ACKNOWLEDGED;
    }

    HelpRequest acknowledged(String by, Instant now) {
        return new HelpRequest(id, organisationId, participantId, category, urgency, message, HelpStatus.ACKNOWLEDGED,
                escalationLevel, null, by, now, resolvedBy, resolvedAt, outcome, referredTo, createdAt, now);
    }

    HelpRequest resolved(String by, HelpOutcome how, @Nullable String where, Instant now) {
        return new HelpRequest(id, organisationId, participantId, category, urgency, message, HelpStatus.RESOLVED,
                escalationLevel, null, acknowledgedBy == null ? by : acknowledgedBy,
                acknowledgedAt == null ? now : acknowledgedAt, by, now, how, where, createdAt, now);
    }

    /** Open again, as if just sent: it escalates again if nobody acknowledges it in time. */
    HelpRequest reopened(long escalateAtMillis, Instant now) {
        return new HelpRequest(id, organisationId, participantId, category, urgency, message, HelpStatus.OPEN, 0,
                escalateAtMillis, null, null, null, null, null, null, createdAt, now);
    }

    HelpRequest cancelled(Instant now) {
        return new HelpRequest(id, organisationId, participantId, category, urgency, message, HelpStatus.CANCELLED,
                escalationLevel, null, acknowledgedBy, acknowledgedAt, resolvedBy, resolvedAt, outcome, referredTo,
                createdAt, now);
    }

    HelpRequest escalatedTo(int level, @Nullable Long nextAt, Instant now) {
        return new HelpRequest(id, organisationId, participantId, category, urgency, message, status, level, nextAt,
                acknowledgedBy, acknowledgedAt, resolvedBy, resolvedAt, outcome, referredTo, createdAt, now);
    }

    HelpRequest touched(Instant now) {
        return new HelpRequest(id, organisationId, participantId, category, urgency, message, status, escalationLevel,
                escalateAt, acknowledgedBy, acknowledgedAt, resolvedBy, resolvedAt, outcome, referredTo, createdAt,
                now);
    }
}
