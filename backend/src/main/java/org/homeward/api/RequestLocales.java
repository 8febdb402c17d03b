package org.homeward.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.homeward.i18n.Languages;
import org.homeward.people.ProfileService;
import org.homeward.people.SpokenLanguages;

import java.util.Locale;

/**
 * The language to answer a request in, by the one rule in {@link Languages#resolve}: the caller's
 * saved language (read now, so a change applies to the very next answer), else what their device
 * asks for, else their organisation's default, else English.
 */
@Singleton
public class RequestLocales {

    private final Languages languages;
    private final ProfileService profiles;

    public RequestLocales(Languages languages, ProfileService profiles) {
        this.languages = languages;
        this.profiles = profiles;
    }

    public Locale of(HttpRequest<?> request) {
        if (request == null) {
            return Languages.ENGLISH.locale();
        }
        SpokenLanguages caller = request.getUserPrincipal(Authentication.class)
                .map(authentication -> profiles.spokenLanguages(authentication.getName()))
                .orElse(SpokenLanguages.NONE);
        String acceptLanguage = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        return languages.resolve(caller.saved(), acceptLanguage, caller.organisationDefault()).locale();
    }
}
