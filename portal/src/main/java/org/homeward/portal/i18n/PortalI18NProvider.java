package org.homeward.portal.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Languages;
import org.homeward.i18n.Messages;
import org.homeward.i18n.SupportedLanguage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Portal text from the {@code portal} bundle with ICU formatting. Arguments are passed as a single
 * {@code Map}, or as name/value pairs: {@code getTranslation("home.greeting", "name", "Ana")}.
 */
@Singleton
public class PortalI18NProvider implements I18NProvider {

    private final Messages messages;
    private final Languages languages;

    public PortalI18NProvider(Messages messages, Languages languages) {
        this.messages = messages;
        this.languages = languages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return languages.supported().stream().map(SupportedLanguage::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        // Domain and appointment words live with the task catalogue; screens use them too.
        Bundle bundle = messages.has(Bundle.PORTAL, key) || !messages.has(Bundle.TASKS, key) ? Bundle.PORTAL : Bundle.TASKS;
        return messages.format(bundle, locale, key, arguments(params));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> arguments(Object... params) {
        if (params == null || params.length == 0) {
            return Map.of();
        }
        if (params.length == 1 && params[0] instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            arguments.put(String.valueOf(params[i]), params[i + 1]);
        }
        return arguments;
    }
}
