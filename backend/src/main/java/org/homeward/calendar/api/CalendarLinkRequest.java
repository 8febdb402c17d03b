package org.homeward.calendar.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Whether the new link shows details (kind of appointment, what to bring); plain by default. */
@Serdeable
public record CalendarLinkRequest(@Nullable Boolean detailed) {
}
