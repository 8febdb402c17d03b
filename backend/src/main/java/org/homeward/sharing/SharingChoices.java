package org.homeward.sharing;

import jakarta.inject.Singleton;
import org.homeward.people.Role;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The stored choice between a participant and one person, or the default for their relation. */
@Singleton
public class SharingChoices {

    private final SharingChoiceRepository choices;

    SharingChoices(SharingChoiceRepository choices) {
        this.choices = choices;
    }

    public Sharing between(String participantId, String personId, Role personRole) {
        return choices.findById(new SharingChoice.Key(participantId, personId))
                .map(SharingChoice::sharing)
                .orElseGet(() -> defaultFor(personRole));
    }

    /** What one person sees of each of these participants, in one read. */
    public Map<String, Sharing> withPerson(String personId, Role personRole, Collection<String> participantIds) {
        Map<String, Sharing> sharing = new HashMap<>();
        participantIds.forEach(id -> sharing.put(id, defaultFor(personRole)));
        if (!participantIds.isEmpty()) {
            choices.findByKeyPersonIdAndKeyParticipantIdInList(personId, participantIds)
                    .forEach(choice -> sharing.put(choice.key().participantId(), choice.sharing()));
        }
        return sharing;
    }

    public static Sharing defaultFor(Role role) {
        return switch (role) {
            case CASEWORKER -> Sharing.CASEWORKER_DEFAULT;
            case MENTOR -> Sharing.MENTOR_DEFAULT;
            case PARTICIPANT, ORG_ADMIN -> Sharing.NOTHING;
        };
    }
}
