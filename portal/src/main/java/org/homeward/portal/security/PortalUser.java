package org.homeward.portal.security;

import org.homeward.auth.SignedInUser;
import org.homeward.people.Caller;
import org.homeward.people.Role;

import java.io.Serializable;
import java.security.Principal;

/** The person signed in to the portal, kept in their HTTP session. */
public record PortalUser(String userId, String organisationId, Role role, String displayName, String language)
        implements Principal, Serializable {

    public static PortalUser of(SignedInUser user) {
        return new PortalUser(user.userId(), user.organisationId(), user.role(), user.displayName(), user.language());
    }

    public Caller caller() {
        return new Caller(userId, organisationId, role);
    }

    public PortalUser withLanguage(String newLanguage) {
        return new PortalUser(userId, organisationId, role, displayName, newLanguage);
    }

    @Override
    public String getName() {
        return userId;
    }
}
