package org.homeward.sharing;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One change of a sharing choice, kept as it was made. */
@MappedEntity("sharing_changes")
record SharingChange(
        @Id String id,
        String participantId,
        String personId,
        String organisationId,
        boolean tasks,
        AppointmentSharing appointments,
        boolean goals,
        boolean checkInNotes,
        boolean helpRequests,
        boolean crisisContacts,
        Instant changedAt) {
}
