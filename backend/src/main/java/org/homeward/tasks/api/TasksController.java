package org.homeward.tasks.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.people.Callers;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskView;

/** One task. The service decides: read by anyone who may see the participant; changed by its author or a caseworker. */
@Tag(name = "tasks")
@Controller("/api/v1/tasks/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class TasksController {

    private final TaskService tasks;

    public TasksController(TaskService tasks) {
        this.tasks = tasks;
    }

    @Operation(summary = "A task in the reader's language")
    @ApiResponse(responseCode = "200", description = "The task")
    @ApiResponse(responseCode = "404", description = "Not found or not visible")
    @Get
    public TaskView get(Authentication authentication, @PathVariable String id) {
        return tasks.task(Callers.of(authentication), id);
    }

    @Operation(summary = "Change a task")
    @ApiResponse(responseCode = "200", description = "The changed task")
    @ApiResponse(responseCode = "400", description = "A field is not valid")
    @ApiResponse(responseCode = "403", description = "The caller may see but not change it")
    @Put
    public TaskView change(Authentication authentication, @PathVariable String id, @Body TaskRequest request) {
        return tasks.change(Callers.of(authentication), id, request.toChange());
    }

    @Operation(summary = "Remove a task (phones learn of it through sync)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "The caller may see but not remove it")
    @Delete
    public HttpResponse<Void> delete(Authentication authentication, @PathVariable String id) {
        tasks.delete(Callers.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Add the words of a free-text task in another language")
    @ApiResponse(responseCode = "200", description = "The task, as the caller sees it now")
    @ApiResponse(responseCode = "400", description = "Language or text not valid")
    @Post("/translations")
    public TaskView translate(Authentication authentication, @PathVariable String id,
                              @Body TranslationRequest request) {
        return tasks.translate(Callers.of(authentication), id, request.toTranslation());
    }
}
