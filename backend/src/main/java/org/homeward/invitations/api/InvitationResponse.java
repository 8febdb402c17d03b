package org.homeward.invitations.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.invitations.Invitation;
import org.homeward.people.Role;

import java.time.Instant;

/** The activation code appears here once; Homeward keeps only its hash. */
@Serdeable
public record InvitationResponse(String userId, Role role, String displayName, @Nullable String username,
                                 String activationCode, Instant codeExpiresAt) {

    static InvitationResponse of(Invitation invitation) {
        return new InvitationResponse(invitation.account().id(), invitation.account().role(),
                invitation.account().displayName(), invitation.account().username(), invitation.activationCode(),
                invitation.codeExpiresAt());
    }
}
