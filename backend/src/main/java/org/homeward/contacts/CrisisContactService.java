package org.homeward.contacts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.audit.DataKind;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;

import java.util.List;
import java.util.Locale;

/**
 * Whom a participant can call when things are hard: their organisation's hotlines and their safe
 * trusted contacts ({@link SafeContacts}: never one they marked unsafe). Read by the participant
 * (the API, the phone's offline copy, the portal's help page) and by their assigned caseworkers.
 * Mentors do not see them until the participant can consent to it; admins keep the hotlines only.
 */
@Singleton
public class CrisisContactService {

    private final HotlineRepository hotlines;
    private final TrustedContactRepository contacts;
    private final ContactViews views;
    private final ParticipantAccess access;
    private final ProfileService profiles;

    public CrisisContactService(HotlineRepository hotlines, TrustedContactRepository contacts, ContactViews views,
                                ParticipantAccess access, ProfileService profiles) {
        this.hotlines = hotlines;
        this.contacts = contacts;
        this.views = views;
        this.access = access;
        this.profiles = profiles;
    }

    /** The signed-in participant's own crisis contacts, relations in their language. */
    @Transactional(readOnly = true)
    public CrisisContacts mine(Caller caller) {
        return of(caller, caller.userId());
    }

    /**
     * A participant's crisis contacts, for the participant themself and for the caseworkers and
     * mentors they share them with, with relations in the reader's language. Anyone else who may see
     * the participant is told "not allowed"; anyone who may not learns nothing ("not found").
     */
    @Transactional(readOnly = true)
    public CrisisContacts of(Caller caller, String participantId) {
        UserAccount participant = access.reading(caller, participantId, DataKind.CRISIS_CONTACTS);
        Locale reader = profiles.readerLanguage(caller.userId()).locale();
        List<CrisisContacts.Trusted> trusted = SafeContacts.of(contacts.findByParticipantId(participant.id()))
                .stream().map(contact -> views.offered(contact, reader)).toList();
        return new CrisisContacts(views.hotlines(hotlines.findByOrganisationId(participant.organisationId())),
                trusted);
    }
}
