package org.homeward.languages.api;

import io.micronaut.serde.annotation.Serdeable;
import org.homeward.i18n.SupportedLanguage;

/** A language as the phone app lists it: by its own name, with its writing direction. */
@Serdeable
public record LanguageResponse(String tag, String nativeName, String direction) {

    static LanguageResponse of(SupportedLanguage language) {
        return new LanguageResponse(language.tag(), language.nativeName(), language.rightToLeft() ? "rtl" : "ltr");
    }
}
