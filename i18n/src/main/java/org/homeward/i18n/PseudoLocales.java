package org.homeward.i18n;

import java.util.Locale;

/**
 * Pseudo-languages for testing, made from English on the fly: {@code en-XA} accents every letter
 * and makes text about 40% longer (to catch layouts that break in longer languages), {@code ar-XB}
 * forces right-to-left display (to catch layouts that do not mirror). Both wrap each message in
 * ⟦ ⟧, so a test can tell text that came through the message bundles from text that did not.
 * No one can choose them: they are not among the supported languages.
 */
public final class PseudoLocales {

    public static final Locale ACCENTED = Locale.forLanguageTag("en-XA");
    public static final Locale BIDI = Locale.forLanguageTag("ar-XB");
    public static final String START = "⟦";
    public static final String END = "⟧";

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTS = "áƀçđéƒĝĥíĵķĺɱñóƥǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŢÚṼŴẊÝŽ";
    private static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
    private static final char POP_DIRECTIONAL_FORMATTING = '\u202C';

    private PseudoLocales() {
    }

    public static boolean isPseudo(Locale locale) {
        return ACCENTED.equals(locale) || BIDI.equals(locale);
    }

    /** Turns a formatted English message into the pseudo-language of {@code locale}. */
    public static String transform(Locale locale, String english) {
        if (BIDI.equals(locale)) {
            return START + RIGHT_TO_LEFT_OVERRIDE + english + POP_DIRECTIONAL_FORMATTING + END;
        }
        StringBuilder accented = new StringBuilder(english.length() * 3 / 2 + 2).append(START);
        for (int i = 0; i < english.length(); i++) {
            char c = english.charAt(i);
            int plain = PLAIN.indexOf(c);
            accented.append(plain >= 0 ? ACCENTS.charAt(plain) : c);
        }
        int padding = (int) Math.ceil(english.length() * 0.4);
        accented.append(" ").append("·".repeat(Math.max(1, padding - 1)));
        return accented.append(END).toString();
    }
}
