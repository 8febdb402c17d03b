package org.homeward.people;

/** The person making a request, as every service sees them when deciding what they may do. */
public record Caller(String userId, String organisationId, Role role) {

    public boolean is(Role expected) {
        return role == expected;
    }
}
