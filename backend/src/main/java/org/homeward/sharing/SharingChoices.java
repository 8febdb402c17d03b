package org.homeward.sharing;

import jakarta.inject.Singleton;
import org.homeward.people.Role;

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

    public static Sharing defaultFor(Role role) {
        return switch (role) {
            case CASEWORKER -> Sharing.CASEWORKER_DEFAULT;
            case MENTOR -> Sharing.MENTOR_DEFAULT;
            case PARTICIPANT, ORG_ADMIN -> Sharing.NOTHING;
        };
    }
}
