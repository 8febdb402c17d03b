package org.homeward.sharing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.common.Ids;
import org.homeward.people.Caller;
import org.homeward.people.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The participant's own choices of who sees what. Each change applies to the next request anyone
 * makes (nothing caches it) and is kept, with its time, in the history.
 */
@Singleton
public class SharingService {

    private final PeopleAround peopleAround;
    private final SharingChoiceRepository choices;
    private final SharingChangeRepository changes;
    private final Clock clock;

    SharingService(PeopleAround peopleAround, SharingChoiceRepository choices, SharingChangeRepository changes,
                   Clock clock) {
        this.peopleAround = peopleAround;
        this.choices = choices;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PersonSharing> mine(Caller caller) {
        requireParticipant(caller);
        Map<String, SharingChoice> chosen = choices.findByKeyParticipantId(caller.userId()).stream()
                .collect(Collectors.toMap(choice -> choice.key().personId(), Function.identity()));
        return peopleAround.of(caller.userId()).stream()
                .map(person -> describe(person, chosen.get(person.id())))
                .toList();
    }

    @Transactional
    public PersonSharing change(Caller caller, String personId, Sharing sharing) {
        requireParticipant(caller);
        Supporter person = peopleAround.of(caller.userId()).stream()
                .filter(candidate -> candidate.id().equals(personId))
                .findFirst().orElseThrow(DomainException::notFound);
        if (sharing.appointments() == null) {
            throw DomainException.invalidField("appointments", "field.required");
        }
        // Every request for help must reach someone who answers it: caseworkers always see them.
        if (person.role() == Role.CASEWORKER && !sharing.helpRequests()) {
            throw DomainException.invalidField("helpRequests", "sharing.helpAlwaysWithCaseworkers");
        }
        Instant now = clock.instant();
        SharingChoice choice = SharingChoice.of(caller.userId(), person.id(), caller.organisationId(), sharing, now);
        if (choices.existsById(choice.key())) {
            choices.update(choice);
        } else {
            choices.save(choice);
        }
        changes.save(new SharingChange(Ids.newId(), caller.userId(), person.id(), caller.organisationId(),
                sharing.tasks(), sharing.appointments(), sharing.goals(), sharing.checkInNotes(),
                sharing.helpRequests(), sharing.crisisContacts(), now));
        return describe(person, choice);
    }

    private static PersonSharing describe(Supporter person, SharingChoice choice) {
        return choice == null
                ? new PersonSharing(person.id(), person.displayName(), person.role(),
                        SharingChoices.defaultFor(person.role()), null)
                : new PersonSharing(person.id(), person.displayName(), person.role(), choice.sharing(),
                        choice.changedAt());
    }

    private static void requireParticipant(Caller caller) {
        if (!caller.is(Role.PARTICIPANT)) {
            throw DomainException.forbidden();
        }
    }
}
