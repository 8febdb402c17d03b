package org.homeward.calendar.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A new private calendar link. The URL is shown this once: only a hash of its token is kept. */
@Serdeable
public record CalendarLinkResponse(String url, boolean detailed, Instant createdAt) {
}
