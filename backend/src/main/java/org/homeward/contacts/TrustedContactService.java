package org.homeward.contacts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;
import org.homeward.common.Ids;
import org.homeward.common.PhoneNumbers;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.people.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The participant's own trusted contacts: only they add, change, mark and delete them, and only
 * they see the whole list, unsafe contacts included and marked (so they can change their mind).
 * What anyone else sees goes through {@link CrisisContactService}, which never offers an unsafe one.
 */
@Singleton
public class TrustedContactService {

    static final int MAX_CONTACTS = 20;
    static final int NAME_MAX = 100;

    private final TrustedContactRepository contacts;
    private final ContactViews views;
    private final PhoneNumbers phones;
    private final ProfileService profiles;
    private final Clock clock;

    public TrustedContactService(TrustedContactRepository contacts, ContactViews views, PhoneNumbers phones,
                                 ProfileService profiles, Clock clock) {
        this.contacts = contacts;
        this.views = views;
        this.phones = phones;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** All of the participant's contacts, unsafe ones marked, by name. The participant only. */
    @Transactional(readOnly = true)
    public List<TrustedContactView> mine(Caller caller) {
        requireParticipant(caller);
        Locale reader = reader(caller);
        return contacts.findByParticipantId(caller.userId()).stream().sorted(SafeContacts.ORDER)
                .map(contact -> views.own(contact, reader)).toList();
    }

    @Transactional
    public TrustedContactView add(Caller caller, NewTrustedContact command) {
        requireParticipant(caller);
        Checked checked = check(command);
        if (contacts.countByParticipantId(caller.userId()) >= MAX_CONTACTS) {
            throw HotlineService.listFull(MAX_CONTACTS);
        }
        Instant now = clock.instant();
        boolean unsafe = Boolean.TRUE.equals(command.unsafe());
        TrustedContact added = contacts.save(new TrustedContact(Ids.newId(), caller.organisationId(), caller.userId(),
                checked.name(), command.relation(), checked.phone(), unsafe, unsafe ? now : null, now, now));
        return views.own(stored(added), reader(caller));
    }

    /** Changes a contact; {@code unsafe} left out keeps the mark as it was. */
    @Transactional
    public TrustedContactView change(Caller caller, String contactId, NewTrustedContact command) {
        requireParticipant(caller);
        TrustedContact contact = own(caller, contactId);
        Checked checked = check(command);
        boolean unsafe = command.unsafe() == null ? contact.unsafe() : command.unsafe();
        TrustedContact changed = contacts.update(contact.with(checked.name(), command.relation(), checked.phone(),
                unsafe, clock.instant()));
        return views.own(stored(changed), reader(caller));
    }

    /** Marks a contact unsafe, or safe again, leaving the rest as it is. */
    @Transactional
    public TrustedContactView mark(Caller caller, String contactId, boolean unsafe) {
        requireParticipant(caller);
        TrustedContact contact = own(caller, contactId);
        if (contact.unsafe() == unsafe) {
            return views.own(contact, reader(caller));
        }
        TrustedContact changed = contacts.update(contact.with(contact.name(), contact.relation(), contact.phone(),
                unsafe, clock.instant()));
        return views.own(stored(changed), reader(caller));
    }

    /** Deletes a contact for good, an unsafe one too: Homeward then forgets them entirely. */
    @Transactional
    public void remove(Caller caller, String contactId) {
        requireParticipant(caller);
        contacts.delete(own(caller, contactId));
    }

    private Checked check(NewTrustedContact command) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = FieldChecks.trimmed(command.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "field.required"));
        }
        FieldChecks.checkLength(problems, "name", name, NAME_MAX);
        String phone = phones.checked(problems, "phone", command.phone(), true);
        FieldChecks.throwIfAny(problems);
        return new Checked(name, phone);
    }

    private TrustedContact own(Caller caller, String contactId) {
        return contacts.findByIdAndParticipantId(contactId, caller.userId()).orElseThrow(DomainException::notFound);
    }

    private TrustedContact stored(TrustedContact written) {
        return contacts.findById(written.id()).orElse(written);
    }

    private Locale reader(Caller caller) {
        return profiles.readerLanguage(caller.userId()).locale();
    }

    private static void requireParticipant(Caller caller) {
        if (!caller.is(Role.PARTICIPANT)) {
            throw DomainException.forbidden();
        }
    }

    private record Checked(String name, String phone) {
    }
}
