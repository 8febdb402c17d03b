package org.homeward.contacts;

import jakarta.inject.Singleton;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Languages;
import org.homeward.i18n.Messages;
import org.homeward.i18n.SupportedLanguage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Turns stored contacts into what a reader sees, relation words in the reader's language. */
@Singleton
class ContactViews {

    static final Comparator<Hotline> HOTLINE_ORDER = Comparator.comparingInt(Hotline::position)
            .thenComparing(Hotline::name).thenComparing(Hotline::id);

    private final Messages messages;
    private final Languages languages;

    ContactViews(Messages messages, Languages languages) {
        this.messages = messages;
        this.languages = languages;
    }

    HotlineView hotline(Hotline hotline) {
        List<String> tags = tags(hotline.languages());
        return new HotlineView(hotline.id(), hotline.name(), hotline.phone(), hotline.textNumber(), hotline.hours(),
                tags, tags.stream().map(tag -> languages.find(tag).map(SupportedLanguage::nativeName).orElse(tag))
                .toList(), hotline.region(), hotline.position(), hotline.updatedAt());
    }

    List<HotlineView> hotlines(List<Hotline> hotlines) {
        return hotlines.stream().sorted(HOTLINE_ORDER).map(this::hotline).toList();
    }

    TrustedContactView own(TrustedContact contact, Locale reader) {
        return new TrustedContactView(contact.id(), contact.name(), contact.relation(),
                relationText(contact.relation(), reader), contact.phone(), contact.unsafe(), contact.updatedAt());
    }

    CrisisContacts.Trusted offered(TrustedContact contact, Locale reader) {
        return new CrisisContacts.Trusted(contact.id(), contact.name(), contact.relation(),
                relationText(contact.relation(), reader), contact.phone());
    }

    String relationText(ContactRelation relation, Locale reader) {
        return relation == null ? null : messages.get(Bundle.TASKS, reader, "contactRelation." + relation.name());
    }

    static List<String> tags(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split(","));
    }
}
