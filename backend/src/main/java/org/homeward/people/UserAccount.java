package org.homeward.people;

import java.time.ZoneId;
import java.time.DateTimeException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A person who uses Homeward, whatever their role. They are always addressed by {@code displayName},
 * the name they chose. Many participants have no e-mail address, so none is required.
 */
@MappedEntity("users")
public record UserAccount(
        @Id String id,
        String organisationId,
        @Nullable String username,
        @Nullable String phoneNumber,
        Role role,
        String displayName,
        String language,
        String timeZone,
        @Nullable String passwordHash,
        AccountStatus status,
        Instant createdAt) {

    /** The person's saved zone; one this server does not know reads as UTC rather than failing the page. */
    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException unknown) {
            return ZoneId.of("UTC");
        }
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public UserAccount activated(String chosenUsername, String newPasswordHash) {
        return new UserAccount(id, organisationId, chosenUsername, phoneNumber, role, displayName, language,
                timeZone, newPasswordHash, AccountStatus.ACTIVE, createdAt);
    }

    public UserAccount withLanguage(String newLanguage) {
        return new UserAccount(id, organisationId, username, phoneNumber, role, displayName, newLanguage,
                timeZone, passwordHash, status, createdAt);
    }
}
