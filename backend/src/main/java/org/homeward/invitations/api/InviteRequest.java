package org.homeward.invitations.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.invitations.InviteCommand;
import org.homeward.people.ReleaseStatus;
import org.homeward.people.Role;

import java.time.LocalDate;

@Serdeable
public record InviteRequest(
        @Nullable @NotNull Role role,
        @Nullable @NotBlank @Size(max = 100) String displayName,
        @Nullable @Size(max = 64) String username,
        @Nullable @Size(max = 32) String phoneNumber,
        @Nullable @Size(max = 35) String language,
        @Nullable @Size(max = 64) String timeZone,
        @Nullable LocalDate releaseDate,
        @Nullable ReleaseStatus releaseStatus) {

    InviteCommand toCommand() {
        return new InviteCommand(role, displayName, username, phoneNumber, language, timeZone, releaseDate,
                releaseStatus);
    }
}
