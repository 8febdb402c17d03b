package org.homeward.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Prints, for every supported language, how many of the English messages it has (all bundles
 * together). Run with {@code ./i18n-coverage.sh}; exits with 1 when any language is incomplete.
 */
public final class TranslationCoverage {

    private TranslationCoverage() {
    }

    public static void main(String[] args) {
        boolean complete = true;
        System.out.printf("%-9s %-20s %11s %8s%n", "language", "name", "translated", "percent");
        for (SupportedLanguage language : new Languages().supported()) {
            int total = 0;
            int translated = 0;
            for (Bundle bundle : Bundle.values()) {
                Properties english = load(bundle, Languages.ENGLISH);
                Properties own = load(bundle, language);
                for (String key : english.stringPropertyNames()) {
                    total++;
                    if (!own.getProperty(key, "").isBlank()) {
                        translated++;
                    }
                }
            }
            double percent = total == 0 ? 100 : 100.0 * translated / total;
            complete &= translated == total;
            System.out.printf("%-9s %-20s %5d/%-5d %7.1f%%%n", language.tag(), language.nativeName(), translated, total,
                    percent);
        }
        if (!complete) {
            System.exit(1);
        }
    }

    /** The properties file of one bundle in one language, without falling back to English. */
    public static Properties load(Bundle bundle, SupportedLanguage language) {
        String suffix = language.equals(Languages.ENGLISH) ? "" : "_" + language.tag().replace('-', '_');
        String resource = "/org/homeward/i18n/" + bundle.fileName() + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = TranslationCoverage.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
