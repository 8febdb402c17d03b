package org.homeward.people.api;

import io.micronaut.serde.annotation.Serdeable;
import org.homeward.organisations.Organisation;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;

@Serdeable
public record MeResponse(String id, Role role, String displayName, String language, String timeZone,
                         OrganisationRef organisation) {

    @Serdeable
    public record OrganisationRef(String id, String name) {
    }

    static MeResponse of(UserAccount user, Organisation organisation) {
        return new MeResponse(user.id(), user.role(), user.displayName(), user.language(), user.timeZone(),
                new OrganisationRef(organisation.id(), organisation.name()));
    }
}
