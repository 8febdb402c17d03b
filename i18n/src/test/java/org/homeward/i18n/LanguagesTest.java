package org.homeward.i18n;

import org.junit.jupiter.api.Test;

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
