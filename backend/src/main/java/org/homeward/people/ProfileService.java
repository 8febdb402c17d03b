package org.homeward.people;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.i18n.Languages;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.organisations.Organisation;
import org.homeward.organisations.OrganisationRepository;

/** The signed-in person's own account: who they are, and the language they want to be spoken to in. */
@Singleton
public class ProfileService {

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final Languages languages;

    public ProfileService(UserAccountRepository users, OrganisationRepository organisations, Languages languages) {
        this.users = users;
        this.organisations = organisations;
        this.languages = languages;
    }

    /**
     * The language to answer a signed-in person in when no device preference applies, by the rule of
     * {@link Languages#resolve}: their saved language, else their organisation's default, else English.
     */
    @Transactional(readOnly = true)
    public SupportedLanguage readerLanguage(String userId) {
        return users.findById(userId).map(this::readerLanguage).orElse(Languages.ENGLISH);
    }

    /**
     * The same for an account already read. The organisation is read only when the saved language is
     * not one Homeward speaks, since only then does its default decide. Not a transaction of its
     * own: it runs inside the caller's (or on its connection), as on the phone's {@code /today}.
     */
    @Connectable
    public SupportedLanguage readerLanguage(UserAccount user) {
        return languages.find(user.language()).orElseGet(() -> languages.resolve(null, null,
                organisations.findById(user.organisationId()).map(Organisation::defaultLanguage).orElse(null)));
    }

    /** The saved language of a person and their organisation's default, for answering them. */
    @Transactional(readOnly = true)
    public SpokenLanguages spokenLanguages(String userId) {
        return users.findById(userId)
                .map(user -> new SpokenLanguages(user.language(), organisations.findById(user.organisationId())
                        .map(Organisation::defaultLanguage).orElse(null)))
                .orElse(SpokenLanguages.NONE);
    }

    @Transactional(readOnly = true)
    public UserAccount me(Caller caller) {
        return users.findById(caller.userId()).orElseThrow(DomainException::notFound);
    }

    @Transactional
    public UserAccount changeLanguage(Caller caller, String tag) {
        SupportedLanguage language = languages.find(tag)
                .filter(found -> found.tag().equalsIgnoreCase(tag))
                .orElseThrow(() -> DomainException.invalidField("language", "language.unsupported"));
        return users.update(me(caller).withLanguage(language.tag()));
    }
}
