package org.homeward.caseload.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.caseload.MentorMatch;

import java.time.LocalDate;

@Serdeable
public record MatchResponse(String id, String participantId, String mentorId, LocalDate startsOn,
                            @Nullable LocalDate endsOn) {

    static MatchResponse of(MentorMatch match) {
        return new MatchResponse(match.id(), match.participantId(), match.mentorId(), match.startsOn(), match.endsOn());
    }
}
