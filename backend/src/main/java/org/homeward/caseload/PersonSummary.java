package org.homeward.caseload;

import io.micronaut.serde.annotation.Serdeable;
import org.homeward.people.AccountStatus;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;

/** A person as a list shows them: their chosen name, never a label. */
@Serdeable
public record PersonSummary(String id, String displayName, Role role, String language, AccountStatus status) {

    public static PersonSummary of(UserAccount user) {
        return new PersonSummary(user.id(), user.displayName(), user.role(), user.language(), user.status());
    }
}
