package org.homeward.tasks;

import org.homeward.common.LifeDomain;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Languages;
import org.homeward.i18n.Messages;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.i18n.TranslationCoverage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The template catalogue caseworkers pick from: big enough, every life domain, every language. */
class TaskTemplateCatalogueTest {

    private final TaskTemplateCatalogue catalogue = new TaskTemplateCatalogue(new Messages());
    private final Languages languages = new Languages();

    @Test
    void catalogueHasAtLeastFortyTemplates() {
        assertTrue(catalogue.all().size() >= 40, () -> "templates: " + catalogue.all().size());
    }

    @Test
    void templateKeysAreUnique() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = catalogue.all().stream().map(TaskTemplate::key).filter(key -> !seen.add(key))
                .toList();

        assertEquals(List.of(), duplicates);
    }

    @Test
    void everyLifeDomainHasATemplate() {
        Set<LifeDomain> covered = catalogue.all().stream().map(TaskTemplate::domain)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LifeDomain.class)));

        assertEquals(EnumSet.allOf(LifeDomain.class), covered);
        assertEquals(13, covered.size());
    }

    @Test
    void everyTemplateHasATitleInEverySupportedLanguageFile() {
        List<String> missing = new ArrayList<>();
        for (SupportedLanguage language : languages.supported()) {
            Properties bundle = TranslationCoverage.load(Bundle.TASKS, language);
            for (TaskTemplate template : catalogue.all()) {
                String key = "template." + template.key() + ".title";
                if (bundle.getProperty(key, "").isBlank()) {
                    missing.add(language.tag() + ": " + key);
                }
            }
        }

        assertEquals(List.of(), missing);
    }

    @Test
    void templateTextIsInTheAskedLanguage() {
        TaskTemplate doctor = catalogue.find("register-with-doctor").orElseThrow();
        SupportedLanguage romanian = languages.find("ro").orElseThrow();

        TaskText text = catalogue.textOf(doctor, romanian);

        assertEquals("ro", text.language());
        assertEquals(TranslationCoverage.load(Bundle.TASKS, romanian).getProperty("template.register-with-doctor.title"),
                text.title());
        assertFalse(text.steps().isEmpty(), "the template has steps");
        assertFalse(text.title().equals(catalogue.textOf(doctor, Languages.ENGLISH).title()), "not the English title");
    }
}
