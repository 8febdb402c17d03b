package org.homeward.tasks.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.api.Page;
import org.homeward.common.DomainException;
import org.homeward.i18n.Languages;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.people.Callers;
import org.homeward.tasks.TaskService;

/**
 * The template catalogue, with a preview in a given language (the participant's) beside the
 * reader's own: a caseworker sees what the participant will read. Anyone signed in.
 */
@Tag(name = "tasks")
@Controller("/api/v1/task-templates")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class TaskTemplatesController {

    private final TaskService tasks;
    private final Languages languages;

    public TaskTemplatesController(TaskService tasks, Languages languages) {
        this.tasks = tasks;
        this.languages = languages;
    }

    @Operation(summary = "Task templates, previewed in ?language= (default: the reader's)")
    @ApiResponse(responseCode = "200", description = "All templates")
    @ApiResponse(responseCode = "400", description = "Language not supported")
    @Get("{?language}")
    public Page<TemplateResponse> list(Authentication authentication, @Nullable @QueryValue String language) {
        SupportedLanguage reader = tasks.readerLanguage(Callers.of(authentication));
        SupportedLanguage preview = language == null ? reader : languages.find(language)
                .filter(found -> found.tag().equalsIgnoreCase(language))
                .orElseThrow(() -> DomainException.invalidField("language", "language.unsupported"));
        return new Page<>(tasks.templates().stream()
                .map(template -> new TemplateResponse(template.key(), template.domain(), template.domain().icon(),
                        tasks.templateText(template, preview), tasks.templateText(template, reader)))
                .toList(), null);
    }
}
