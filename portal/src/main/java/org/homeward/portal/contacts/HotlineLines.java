package org.homeward.portal.contacts;

import org.homeward.contacts.HotlineView;

/** The quiet lines under a hotline's name: hours, languages by their own names, area. */
final class HotlineLines {

    private HotlineLines() {
    }

    static void describe(ContactCard card, HotlineView hotline) {
        if (hotline.hours() != null) {
            card.line(card.getTranslation("crisisContacts.hours", "hours", hotline.hours()));
        }
        if (!hotline.languageNames().isEmpty()) {
            card.line(card.getTranslation("crisisContacts.languages", "languages",
                    String.join(", ", hotline.languageNames())));
        }
        if (hotline.region() != null) {
            card.line(card.getTranslation("crisisContacts.region", "region", hotline.region()));
        }
    }
}
