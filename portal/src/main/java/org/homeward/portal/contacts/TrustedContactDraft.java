package org.homeward.portal.contacts;

import org.homeward.contacts.ContactRelation;
import org.homeward.contacts.NewTrustedContact;
import org.homeward.contacts.TrustedContactView;

/** The trusted-contact form as the participant edits it. The unsafe mark is not part of it: it is kept as it is. */
public class TrustedContactDraft {

    private String name = "";
    private ContactRelation relation;
    private String phone = "";

    static TrustedContactDraft of(TrustedContactView contact) {
        TrustedContactDraft draft = new TrustedContactDraft();
        draft.name = contact.name();
        draft.relation = contact.relation();
        draft.phone = contact.phone();
        return draft;
    }

    NewTrustedContact toCommand() {
        return new NewTrustedContact(name, relation, phone, null);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ContactRelation getRelation() { return relation; }
    public void setRelation(ContactRelation relation) { this.relation = relation; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
