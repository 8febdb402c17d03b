package org.homeward.i18n;

import com.ibm.icu.util.ULocale;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The languages Homeward speaks and the one rule for choosing among them:
 * the person's saved language, else what their device asks for, else the organisation's default,
 * else English. Regional tags fall back to the language ({@code pt-BR} to {@code pt}).
 */
@Singleton
public class Languages {

    public static final SupportedLanguage ENGLISH = new SupportedLanguage("en", "English", false);

    /** Each by its own name, in the order the language menu shows them. */
    private static final List<SupportedLanguage> SUPPORTED = List.of(
            ENGLISH,
            new SupportedLanguage("es", "Español", false),
            new SupportedLanguage("pt", "Português", false),
            new SupportedLanguage("fr", "Français", false),
            new SupportedLanguage("nl", "Nederlands", false),
            new SupportedLanguage("de", "Deutsch", false),
            new SupportedLanguage("it", "Italiano", false),
            new SupportedLanguage("el", "Ελληνικά", false),
            new SupportedLanguage("ro", "Română", false),
            new SupportedLanguage("bg", "Български", false),
            new SupportedLanguage("sq", "Shqip", false),
            new SupportedLanguage("sr-Latn", "Srpski (latinica)", false),
            new SupportedLanguage("pl", "Polski", false),
            new SupportedLanguage("uk", "Українська", false),
            new SupportedLanguage("ru", "Русский", false),
            new SupportedLanguage("tr", "Türkçe", false),
            new SupportedLanguage("vi", "Tiếng Việt", false),
            new SupportedLanguage("zh-Hans", "简体中文", false),
            new SupportedLanguage("ar", "العربية", true),
            new SupportedLanguage("fa", "فارسی", true));

    private static final Map<String, SupportedLanguage> BY_TAG = SUPPORTED.stream()
            .collect(Collectors.toUnmodifiableMap(language -> language.tag().toLowerCase(Locale.ROOT),
                    Function.identity()));

    public List<SupportedLanguage> supported() {
        return SUPPORTED;
    }

    /**
     * The supported language closest to a tag: exact, else the same language in the script its
     * region usually writes ({@code zh-CN} is {@code zh-Hans}, {@code sr-Latn-RS} is {@code sr-Latn}),
     * else the same language in another script, which still beats a language the reader may not know.
     */
    public Optional<SupportedLanguage> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        // Saved languages are our own tags: answer those without parsing (every request asks).
        SupportedLanguage exact = BY_TAG.get(tag.toLowerCase(Locale.ROOT));
        if (exact != null) {
            return Optional.of(exact);
        }
        ULocale wanted = ULocale.forLanguageTag(tag.trim().replace('_', '-'));
        if (wanted.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        String script = ULocale.addLikelySubtags(wanted).getScript();
        Optional<SupportedLanguage> sameLanguage = Optional.empty();
        for (SupportedLanguage language : SUPPORTED) {
            ULocale candidate = ULocale.forLanguageTag(language.tag());
            if (!candidate.getLanguage().equals(wanted.getLanguage())) {
                continue;
            }
            String candidateScript = ULocale.addLikelySubtags(candidate).getScript();
            if (candidateScript.equals(script)) {
                return Optional.of(language);
            }
            sameLanguage = sameLanguage.or(() -> Optional.of(language));
        }
        return sameLanguage;
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
