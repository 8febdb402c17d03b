package org.homeward.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.homeward.common.TokenClaims;
import org.homeward.i18n.Languages;

import java.util.Locale;

/** The language to answer a request in: the caller's saved language, else what their device asks for. */
@Singleton
public class RequestLocales {

    private final Languages languages;

    public RequestLocales(Languages languages) {
        this.languages = languages;
    }

    public Locale of(HttpRequest<?> request) {
        String saved = request == null ? null : request.getUserPrincipal(Authentication.class)
                .map(auth -> auth.getAttributes().get(TokenClaims.LANGUAGE))
                .map(String::valueOf).orElse(null);
        String acceptLanguage = request == null ? null : request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        return languages.resolve(saved, acceptLanguage, null).locale();
    }
}
