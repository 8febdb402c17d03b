package org.homeward.portal.contacts;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.homeward.contacts.CrisisContactService;
import org.homeward.contacts.CrisisContacts;
import org.homeward.contacts.HotlineView;
import org.homeward.people.Caller;
import org.homeward.portal.layout.EmptyState;

/**
 * Whom a participant can call when things are hard: their organisation's help lines, then the
 * people they trust, each with a large tap-to-call link. Never shows a contact the participant
 * marked unsafe: it shows what {@link CrisisContactService} offers, and that leaves them out.
 *
 * <p>For the participant's own pages: {@code CrisisContactsPanel.forMe(crisisContacts, me)} (with a
 * link to change their trusted people); for a caseworker:
 * {@code CrisisContactsPanel.forParticipant(crisisContacts, caseworker, participantId)}.
 */
public class CrisisContactsPanel extends VerticalLayout {

    public CrisisContactsPanel(CrisisContacts contacts) {
        setId("crisis-contacts");
        setPadding(false);
        add(new H4(getTranslation("crisisContacts.hotlines")));
        if (contacts.hotlines().isEmpty()) {
            add(EmptyState.of(getTranslation("crisisContacts.noHotlines")));
        }
        for (HotlineView hotline : contacts.hotlines()) {
            add(hotlineCard(hotline));
        }
        add(new H4(getTranslation("crisisContacts.trusted")));
        if (contacts.trustedContacts().isEmpty()) {
            add(EmptyState.of(getTranslation("crisisContacts.noTrusted")));
        }
        for (CrisisContacts.Trusted person : contacts.trustedContacts()) {
            ContactCard card = new ContactCard(person.name()).relation(person.relation());
            card.addClassName("trusted-card");
            card.action(CallLink.call(person.phone(), getTranslation("crisisContacts.callLabel", "name", person.name(),
                    "number", person.phone())));
            add(card);
        }
    }

    /** The signed-in participant's own contacts, with a link to change the people they trust. */
    public static CrisisContactsPanel forMe(CrisisContactService crisisContacts, Caller me) {
        CrisisContactsPanel panel = new CrisisContactsPanel(crisisContacts.mine(me));
        RouterLink manage = new RouterLink(panel.getTranslation("crisisContacts.manage"), MyContactsView.class);
        manage.setId("manage-trusted-contacts");
        manage.getStyle().set("min-height", "44px").set("display", "inline-flex").set("align-items", "center");
        panel.add(manage);
        return panel;
    }

    /** A participant's contacts as their assigned caseworker sees them. */
    public static CrisisContactsPanel forParticipant(CrisisContactService crisisContacts, Caller caseworker,
                                                     String participantId) {
        return new CrisisContactsPanel(crisisContacts.of(caseworker, participantId));
    }

    private ContactCard hotlineCard(HotlineView hotline) {
        ContactCard card = new ContactCard(hotline.name());
        card.addClassName("hotline-card");
        HotlineLines.describe(card, hotline);
        card.action(CallLink.call(hotline.phone(), getTranslation("crisisContacts.callLabel", "name", hotline.name(),
                "number", hotline.phone())));
        if (hotline.textNumber() != null) {
            card.action(CallLink.text(hotline.textNumber(), getTranslation("crisisContacts.text"),
                    getTranslation("crisisContacts.textLabel", "name", hotline.name(), "number",
                            hotline.textNumber())));
        }
        return card;
    }
}
