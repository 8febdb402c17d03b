package org.homeward.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.sharing.Sharing;
import org.homeward.people.ReleaseStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A participant with the people around them: what their own home page and their team's pages show,
 * and what the participant shares with the reader ({@code sharedWithYou}).
 */
@Serdeable
public record ParticipantOverview(
        String id,
        String displayName,
        String language,
        String timeZone,
        @Nullable LocalDate releaseDate,
        ReleaseStatus releaseStatus,
        List<PersonSummary> caseworkers,
        List<MatchSummary> mentorMatches,
        Sharing sharedWithYou) {
}
