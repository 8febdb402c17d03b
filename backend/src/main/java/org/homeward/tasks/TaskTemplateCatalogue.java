package org.homeward.tasks;

import jakarta.inject.Singleton;
import org.homeward.common.LifeDomain;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.i18n.SupportedLanguage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The task templates caseworkers pick from. The list lives beside the translations in the
 * {@code i18n} module, so adding a template means adding its words in every language.
 */
@Singleton
public class TaskTemplateCatalogue {

    static final String CATALOGUE = "org/homeward/i18n/task-templates.csv";
    private static final int MAX_STEPS = 5;

    private final Messages messages;
    private final List<TaskTemplate> templates = load();
    private final Map<String, TaskTemplate> byKey = templates.stream()
            .collect(Collectors.toUnmodifiableMap(TaskTemplate::key, Function.identity()));
    private final Map<String, TaskText> texts = new ConcurrentHashMap<>();

    public TaskTemplateCatalogue(Messages messages) {
        this.messages = messages;
    }

    public List<TaskTemplate> all() {
        return templates;
    }

    public Optional<TaskTemplate> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /** The template in a language. Fixed texts, so each is formatted once and kept (at most templates × languages). */
    public TaskText textOf(TaskTemplate template, SupportedLanguage language) {
        return texts.computeIfAbsent(template.key() + "|" + language.tag(), key -> format(template, language));
    }

    private TaskText format(TaskTemplate template, SupportedLanguage language) {
        String prefix = "template." + template.key() + ".";
        List<String> steps = new ArrayList<>();
        for (int step = 1; step <= MAX_STEPS && messages.has(Bundle.TASKS, prefix + "step" + step); step++) {
            steps.add(messages.get(Bundle.TASKS, language.locale(), prefix + "step" + step));
        }
        String bring = messages.has(Bundle.TASKS, prefix + "bring")
                ? messages.get(Bundle.TASKS, language.locale(), prefix + "bring") : null;
        return new TaskText(language.tag(), messages.get(Bundle.TASKS, language.locale(), prefix + "title"),
                List.copyOf(steps), bring);
    }

    private static List<TaskTemplate> load() {
        List<TaskTemplate> loaded = new ArrayList<>();
        try (InputStream in = TaskTemplateCatalogue.class.getClassLoader().getResourceAsStream(CATALOGUE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",");
                loaded.add(new TaskTemplate(parts[0].trim(), LifeDomain.valueOf(parts[1].trim())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(loaded);
    }
}
