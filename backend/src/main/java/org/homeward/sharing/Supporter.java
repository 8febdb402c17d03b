package org.homeward.sharing;

import org.homeward.people.Role;

/** Someone who currently works with a participant: an assigned caseworker or a matched mentor. */
public record Supporter(String id, String displayName, Role role) {
}
