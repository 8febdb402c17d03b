package org.homeward.sharing;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** A participant's current choice of what one person sees; no row means the default for the relation. */
@MappedEntity("sharing_choices")
record SharingChoice(
        @EmbeddedId Key key,
        String organisationId,
        boolean tasks,
        AppointmentSharing appointments,
        boolean goals,
        boolean checkInNotes,
        boolean helpRequests,
        boolean crisisContacts,
        Instant changedAt) {

    @Embeddable
    record Key(@MappedProperty("participant_id") String participantId, @MappedProperty("person_id") String personId) {
    }

    static SharingChoice of(String participantId, String personId, String organisationId, Sharing sharing,
                            Instant now) {
        return new SharingChoice(new Key(participantId, personId), organisationId, sharing.tasks(),
                sharing.appointments(), sharing.goals(), sharing.checkInNotes(), sharing.helpRequests(),
                sharing.crisisContacts(), now);
    }

    Sharing sharing() {
        return new Sharing(tasks, appointments, goals, checkInNotes, helpRequests, crisisContacts);
    }
}
