package org.homeward.i18n;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Homeward speaks and the one rule for choosing among them:
 * the person's saved language, else what their device asks for, else the organisation's default,
 * else English. Regional tags fall back to the language ({@code pt-BR} to {@code pt}).
 */
@Singleton
public class Languages {

    public static final SupportedLanguage ENGLISH = new SupportedLanguage("en", "English", false);

    private static final List<SupportedLanguage> SUPPORTED = List.of(
            ENGLISH,
            new SupportedLanguage("ar", "العربية", true));

    public List<SupportedLanguage> supported() {
        return SUPPORTED;
    }

    public Optional<SupportedLanguage> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale wanted = Locale.forLanguageTag(tag.trim().replace('_', '-'));
        for (SupportedLanguage language : SUPPORTED) {
            if (language.locale().equals(wanted)) {
                return Optional.of(language);
            }
        }
        // Fall back along the tag: sr-Latn-RS -> sr-Latn -> sr.
        String script = wanted.getScript();
        for (SupportedLanguage language : SUPPORTED) {
            Locale candidate = language.locale();
            if (candidate.getLanguage().equals(wanted.getLanguage())
                    && (candidate.getScript().isEmpty() || candidate.getScript().equals(script))) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public boolean isSupported(String tag) {
        return find(tag).filter(language -> language.tag().equalsIgnoreCase(tag)).isPresent();
    }

    /**
     * Chooses the language to speak to someone in.
     *
     * @param savedTag        the language the person chose, if any
     * @param acceptLanguage  an HTTP {@code Accept-Language} header, if any
     * @param organisationTag the organisation's default language, if any
     */
    public SupportedLanguage resolve(String savedTag, String acceptLanguage, String organisationTag) {
        return find(savedTag)
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .or(() -> find(organisationTag))
                .orElse(ENGLISH);
    }

    public Optional<SupportedLanguage> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ordered = new ArrayList<>(ranges);
        for (Locale.LanguageRange range : ordered) {
            if (range.getWeight() <= 0 || "*".equals(range.getRange())) {
                continue;
            }
            Optional<SupportedLanguage> found = find(range.getRange());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
