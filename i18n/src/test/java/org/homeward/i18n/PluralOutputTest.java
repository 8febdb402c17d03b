package org.homeward.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers pick the CLDR plural form of each language, and the message shows that form. */
class PluralOutputTest {

    private static final String KEY = "password.tooShort";

    private final Messages messages = new Messages();

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "ar, 0, zero", "ar, 1, one", "ar, 2, two", "ar, 3, few", "ar, 11, many", "ar, 100, other",
            "ru, 1, one", "ru, 2, few", "ru, 5, many", "ru, 21, one", "ru, 22, few", "ru, 25, many",
            "pl, 1, one", "pl, 2, few", "pl, 5, many", "pl, 21, many", "pl, 22, few", "pl, 25, many",
            "en, 0, other", "en, 1, one", "en, 2, other", "en, 21, other"})
    void numberTakesItsCldrFormInTheMessage(String tag, int number, String category) {
        ULocale locale = ULocale.forLanguageTag(tag);
        assertEquals(category, PluralRules.forLocale(locale).select(number));

        String pattern = TranslationCoverage.load(Bundle.API, new Languages().find(tag).orElseThrow())
                .getProperty(KEY);
        String expected = branch(pattern, category).replace("#", NumberFormat.getInstance(locale).format(number));
        assertEquals(expected, messages.format(Bundle.API, Locale.forLanguageTag(tag), KEY, Map.of("min", number)));
    }

    /** The text of one plural branch of a single-argument message. */
    private static String branch(String pattern, String category) {
        MessagePattern parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR && parsed.getSubstring(part).equals(category)) {
                int start = i + 1;
                int limit = parsed.getLimitPartIndex(start);
                return pattern.substring(parsed.getPart(start).getLimit(), parsed.getPart(limit).getIndex());
            }
        }
        throw new AssertionError("no " + category + " branch in " + pattern);
    }
}
