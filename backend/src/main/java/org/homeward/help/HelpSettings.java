package org.homeward.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Duration;
import java.time.Instant;

/** An organisation's promise: how soon each urgency is acknowledged, and who comes after the caseworkers. */
@MappedEntity("help_settings")
public record HelpSettings(
        @Id String organisationId,
        int nowMinutes,
        int todayMinutes,
        int thisWeekMinutes,
        @Nullable String backupCaseworkerId,
        Instant updatedAt) {

    public static HelpSettings defaults(String organisationId, Instant now) {
        return new HelpSettings(organisationId, 15, 4 * 60, 2 * 24 * 60, null, now);
    }

    public Duration responseTime(Urgency urgency) {
        return Duration.ofMinutes(switch (urgency) {
            case NOW -> nowMinutes;
            case TODAY -> todayMinutes;
            case THIS_WEEK -> thisWeekMinutes;
        });
    }
}
