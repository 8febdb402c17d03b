package org.homeward.tasks.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.api.Page;
import org.homeward.people.Callers;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskView;

/**
 * A participant's tasks as the people around them see them. Reading: the participant, an assigned
 * caseworker, a matched mentor, an org admin. Adding: the participant or an assigned caseworker.
 */
@Tag(name = "tasks")
@Controller("/api/v1/participants/{participantId}/tasks")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ParticipantTasksController {

    private final TaskService tasks;

    public ParticipantTasksController(TaskService tasks) {
        this.tasks = tasks;
    }

    @Operation(summary = "A participant's tasks, in the reader's language")
    @ApiResponse(responseCode = "200", description = "Tasks")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible to the caller")
    @Get("{?limit,cursor}")
    public Page<TaskView> list(Authentication authentication, @PathVariable String participantId,
                               @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                               @Nullable @QueryValue String cursor) {
        return Page.of(tasks.tasksOf(Callers.of(authentication), participantId), limit, cursor);
    }

    @Operation(summary = "Assign a task: from a template (templateKey) or in free text (domain, title)")
    @ApiResponse(responseCode = "201", description = "The stored task")
    @ApiResponse(responseCode = "400", description = "A field is missing or not valid")
    @ApiResponse(responseCode = "403", description = "The caller may see but not change this plan")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible to the caller")
    @Post
    public HttpResponse<TaskView> create(Authentication authentication, @PathVariable String participantId,
                                         @Body TaskRequest request) {
        return HttpResponse.created(tasks.create(Callers.of(authentication), participantId, request.toNewTask()));
    }
}
