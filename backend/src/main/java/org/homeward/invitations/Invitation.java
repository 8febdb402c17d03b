package org.homeward.invitations;

import org.homeward.people.UserAccount;

import java.time.Instant;

/** The invited account and the code to hand over (shown once; only its hash is kept). */
public record Invitation(UserAccount account, String activationCode, Instant codeExpiresAt) {
}
