package org.homeward.auth;

import org.homeward.people.Role;

/** Who is signed in: enough to authorise a request without another look-up. */
public record SignedInUser(String userId, String organisationId, Role role, String displayName, String language) {
}
