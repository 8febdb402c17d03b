package org.homeward.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** How fast requests of one month were acknowledged (minutes), and how many had to escalate. */
@Serdeable
public record MonthFigures(String month, int requests, int acknowledged, @Nullable Double medianMinutesToAcknowledge,
                           @Nullable Double p90MinutesToAcknowledge, int escalated) {
}
