package org.homeward.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

@Serdeable
public record MatchSummary(String id, PersonSummary mentor, PersonSummary participant,
                           LocalDate startsOn, @Nullable LocalDate endsOn) {
}
