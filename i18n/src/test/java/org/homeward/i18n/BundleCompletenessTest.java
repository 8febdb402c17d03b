package org.homeward.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fails the build when a language is missing a message, has one English lacks, uses other
 * arguments than English, or has a plural that does not cover exactly its CLDR categories.
 */
class BundleCompletenessTest {

    private final Languages languages = new Languages();

    @Test
    void everyLanguageHasExactlyTheEnglishKeysWithTheSameArguments() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : Bundle.values()) {
            Properties english = load(bundle, Languages.ENGLISH);
            for (SupportedLanguage language : languages.supported()) {
                if (language.equals(Languages.ENGLISH)) {
                    continue;
                }
                Properties translated = load(bundle, language);
                for (String key : english.stringPropertyNames()) {
                    if (!translated.containsKey(key)) {
                        problems.add(bundle + "/" + language.tag() + " lacks " + key);
                    } else if (!arguments(english.getProperty(key)).equals(arguments(translated.getProperty(key)))) {
                        problems.add(bundle + "/" + language.tag() + " " + key + " uses other arguments than English");
                    }
                }
                for (String key : translated.stringPropertyNames()) {
                    if (!english.containsKey(key)) {
                        problems.add(bundle + "/" + language.tag() + " has extra key " + key);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPluralCoversExactlyTheCategoriesOfItsLanguage() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : Bundle.values()) {
            for (SupportedLanguage language : languages.supported()) {
                Set<String> categories = new TreeSet<>(PluralRules.forLocale(ULocale.forLanguageTag(language.tag()))
                        .getKeywords());
                Properties messages = load(bundle, language);
                for (String key : messages.stringPropertyNames()) {
                    for (Set<String> used : pluralSelectors(messages.getProperty(key))) {
                        if (!used.equals(categories)) {
                            problems.add(bundle + "/" + language.tag() + " " + key + " has " + used + ", CLDR wants "
                                    + categories);
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyMessageFormatsInItsOwnLocale() {
        Map<String, Object> sample = new HashMap<>();
        for (String name : List.of("name", "when", "count", "seconds", "min", "max", "value", "maxBytes")) {
            sample.put(name, name.equals("name") || name.equals("when") ? "X" : 3);
        }
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : Bundle.values()) {
            for (SupportedLanguage language : languages.supported()) {
                Properties messages = load(bundle, language);
                for (String key : messages.stringPropertyNames()) {
                    try {
                        String text = new MessageFormat(messages.getProperty(key), ULocale.forLanguageTag(language.tag()))
                                .format(sample);
                        if (text.isBlank()) {
                            problems.add(bundle + "/" + language.tag() + " " + key + " is empty");
                        }
                    } catch (IllegalArgumentException malformed) {
                        problems.add(bundle + "/" + language.tag() + " " + key + ": " + malformed.getMessage());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Set<String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }

    /** The keyword selectors (not {@code =0} style) of each plural argument in the pattern. */
    private static List<Set<String>> pluralSelectors(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Set<String>> plurals = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START
                    || part.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            Set<String> selectors = new TreeSet<>();
            int limit = parsed.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part inner = parsed.getPart(j);
                if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    String selector = parsed.getSubstring(inner);
                    if (!selector.startsWith("=")) {
                        selectors.add(selector);
                    }
                } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
                    j = parsed.getLimitPartIndex(j);
                }
            }
            plurals.add(selectors);
        }
        return plurals;
    }

    private static Properties load(Bundle bundle, SupportedLanguage language) {
        Properties properties = TranslationCoverage.load(bundle, language);
        if (properties.isEmpty()) {
            throw new AssertionError("missing bundle " + bundle.fileName() + " for " + language.tag());
        }
        return properties;
    }
}
