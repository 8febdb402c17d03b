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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.api.Page;
import org.homeward.people.Caller;
import org.homeward.people.Callers;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskView;

/** The signed-in participant's own tasks, in their language. Participants only. */
@Tag(name = "my day")
@Controller("/api/v1/me/tasks")
@Secured("PARTICIPANT")
public class MyTasksController {

    private final TaskService tasks;

    public MyTasksController(TaskService tasks) {
        this.tasks = tasks;
    }

    @Operation(summary = "My tasks: open ones first, by due date")
    @ApiResponse(responseCode = "200", description = "Tasks in my language")
    @Get("{?limit,cursor}")
    public Page<TaskView> list(Authentication authentication,
                               @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                               @Nullable @QueryValue String cursor) {
        Caller me = Callers.of(authentication);
        return Page.of(tasks.tasksOf(me, me.userId()), limit, cursor);
    }

    @Operation(summary = "Add a task of my own")
    @ApiResponse(responseCode = "201", description = "The stored task")
    @ApiResponse(responseCode = "400", description = "A field is missing or not valid")
    @Post
    public HttpResponse<TaskView> create(Authentication authentication, @Body TaskRequest request) {
        Caller me = Callers.of(authentication);
        return HttpResponse.created(tasks.create(me, me.userId(), request.toNewTask()));
    }

    @Operation(summary = "Mark a task done (again changes nothing)")
    @ApiResponse(responseCode = "200", description = "The task, done")
    @ApiResponse(responseCode = "404", description = "No such task of mine")
    @Post("/{id}/complete")
    public TaskView complete(Authentication authentication, @PathVariable String id) {
        return tasks.complete(Callers.of(authentication), id);
    }

    @Operation(summary = "Set a task aside, with a short reason")
    @ApiResponse(responseCode = "200", description = "The task, skipped")
    @ApiResponse(responseCode = "400", description = "Reason missing or too long")
    @Post("/{id}/skip")
    public TaskView skip(Authentication authentication, @PathVariable String id, @Body SkipRequest request) {
        return tasks.skip(Callers.of(authentication), id, request.reason());
    }

    @Operation(summary = "Open a done or skipped task again")
    @ApiResponse(responseCode = "200", description = "The task, open")
    @Post("/{id}/reopen")
    public TaskView reopen(Authentication authentication, @PathVariable String id) {
        return tasks.reopen(Callers.of(authentication), id);
    }
}
