package org.homeward.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Formats user-visible text with ICU message syntax (named arguments, CLDR plurals, select).
 * A key missing in a language falls back to English; the build's bundle checks make that rare.
 */
@Singleton
public class Messages {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String get(Bundle bundle, Locale locale, String key) {
        return format(bundle, locale, key, Map.of());
    }

    public String format(Bundle bundle, Locale locale, String key, Map<String, ?> arguments) {
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        if (PseudoLocales.isPseudo(effective)) {
            return PseudoLocales.transform(effective, format(bundle, Locale.ENGLISH, key, arguments));
        }
        String pattern = pattern(bundle, effective, key);
        if (pattern == null) {
            return key;
        }
        MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(effective));
        return format.format(arguments);
    }

    public boolean has(Bundle bundle, String key) {
        return pattern(bundle, Locale.ENGLISH, key) != null;
    }

    private static String pattern(Bundle bundle, Locale locale, String key) {
        try {
            ResourceBundle resources = ResourceBundle.getBundle(bundle.baseName(), locale,
                    Messages.class.getClassLoader(), NO_DEFAULT_LOCALE_FALLBACK);
            if (resources.containsKey(key)) {
                return resources.getString(key);
            }
        } catch (MissingResourceException absent) {
            // fall through to English
        }
        if (!Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return pattern(bundle, Locale.ENGLISH, key);
        }
        return null;
    }
}
