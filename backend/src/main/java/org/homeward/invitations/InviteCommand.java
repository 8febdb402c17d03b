package org.homeward.invitations;

import io.micronaut.core.annotation.Nullable;
import org.homeward.people.ReleaseStatus;
import org.homeward.people.Role;

import java.time.LocalDate;

/**
 * Invite someone to Homeward. A username or a phone number is enough: many participants have no
 * e-mail address. Without a username, the person chooses one when they activate.
 */
public record InviteCommand(
        Role role,
        String displayName,
        @Nullable String username,
        @Nullable String phoneNumber,
        @Nullable String language,
        @Nullable String timeZone,
        @Nullable LocalDate releaseDate,
        @Nullable ReleaseStatus releaseStatus) {
}
