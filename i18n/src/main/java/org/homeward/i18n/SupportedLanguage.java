package org.homeward.i18n;

import java.util.Locale;

/**
 * A language Homeward speaks completely. People choose it by its own name ({@code nativeName}),
 * never by a flag, because a flag names a country and many languages span several.
 */
public record SupportedLanguage(String tag, String nativeName, boolean rightToLeft) {

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
