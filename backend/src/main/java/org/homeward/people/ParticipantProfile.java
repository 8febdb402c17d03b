package org.homeward.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** What belongs to a participant only: where they stand with release. Name and language live on the account. */
@MappedEntity("participant_profiles")
public record ParticipantProfile(
        @Id String userId,
        String organisationId,
        @Nullable LocalDate releaseDate,
        ReleaseStatus releaseStatus) {
}
