package org.homeward.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesTest {

    private final Languages languages = new Languages();
    private final Messages messages = new Messages();

    @Test
    void savedLanguageWinsOverTheBrowser() {
        assertEquals("ar", languages.resolve("ar", "en-GB,en;q=0.9", "en").tag());
    }

    @Test
    void browserLanguageIsUsedWhenNothingIsSavedAndRegionalTagsFallBack() {
        assertEquals("ar", languages.resolve(null, "ar-EG,en;q=0.5", null).tag());
    }

    @Test
    void regionalTagsFallBackToTheLanguageTheyWrite() {
        assertEquals("pt", languages.resolve("pt-BR", null, null).tag());
        assertEquals("sr-Latn", languages.resolve("sr-Latn-RS", null, null).tag());
        assertEquals("sr-Latn", languages.resolve("sr", null, null).tag());
        assertEquals("zh-Hans", languages.resolve(null, "zh-CN,zh;q=0.8", null).tag());
        assertEquals("fa", languages.resolve(null, "fa-IR", null).tag());
    }

    @Test
    void organisationDefaultComesAfterTheDeviceAndBeforeEnglish() {
        assertEquals("ro", languages.resolve(null, null, "ro").tag());
        assertEquals("de", languages.resolve(null, "de-AT", "ro").tag());
    }

    @Test
    void twentyLanguagesTwoOfThemRightToLeft() {
        assertEquals(20, languages.supported().size());
        assertEquals(List.of("ar", "fa"), languages.supported().stream().filter(SupportedLanguage::rightToLeft)
                .map(SupportedLanguage::tag).toList());
    }

    @Test
    void pseudoLanguagesMarkEveryMessageAndAreNotOffered() {
        String accented = messages.get(Bundle.PORTAL, PseudoLocales.ACCENTED, "login.title");
        assertTrue(accented.startsWith(PseudoLocales.START) && accented.length() >= "Sign in".length() * 1.4, accented);
        assertTrue(messages.get(Bundle.PORTAL, PseudoLocales.BIDI, "login.title").contains("\u202E"));
        assertTrue(languages.supported().stream().noneMatch(language -> PseudoLocales.isPseudo(language.locale())));
    }

    @Test
    void unknownLanguagesFallBackToEnglish() {
        assertEquals("en", languages.resolve("xx", "zz", null).tag());
        assertEquals("en", languages.resolve(null, "not a header;;;", null).tag());
    }

    @Test
    void arabicIsRightToLeftAndNamedInArabic() {
        SupportedLanguage arabic = languages.find("ar").orElseThrow();
        assertTrue(arabic.rightToLeft());
        assertEquals("العربية", arabic.nativeName());
    }

    @Test
    void arabicPluralsUseTheirOwnCategories() {
        Locale arabic = Locale.forLanguageTag("ar");
        String two = messages.format(Bundle.API, arabic, "login.slowDown", Map.of("seconds", 2));
        String eleven = messages.format(Bundle.API, arabic, "login.slowDown", Map.of("seconds", 11));
        assertTrue(two.contains("ثانيتين"), two);
        assertTrue(eleven.contains("11") || eleven.contains("١١"), eleven);
    }

    @Test
    void missingTranslationFallsBackToEnglish() {
        assertEquals("Homeward", messages.get(Bundle.PORTAL, Locale.forLanguageTag("vi"), "app.name"));
    }
}
