package org.homeward.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.people.Role;

import java.time.Instant;

/** What one person around the participant sees; {@code changedAt} is empty while the default applies. */
@Serdeable
public record PersonSharing(String personId, String displayName, Role role, Sharing sharing,
                            @Nullable Instant changedAt) {
}
