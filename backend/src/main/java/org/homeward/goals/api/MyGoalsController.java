package org.homeward.goals.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.api.Page;
import org.homeward.goals.GoalService;
import org.homeward.goals.GoalView;
import org.homeward.people.Caller;
import org.homeward.people.Callers;

/** The signed-in participant's own goals and the domains they set aside for now. Participants only. */
@Tag(name = "goals")
@Controller("/api/v1/me")
@Secured("PARTICIPANT")
public class MyGoalsController {

    private final GoalService goals;

    public MyGoalsController(GoalService goals) {
        this.goals = goals;
    }

    @Operation(summary = "My goals by life domain, each with its starting point and ratings")
    @ApiResponse(responseCode = "200", description = "Goals, in the order of the life domains")
    @Get("/goals{?limit,cursor}")
    public Page<GoalView> list(Authentication authentication,
                               @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                               @Nullable @QueryValue String cursor) {
        Caller me = Callers.of(authentication);
        return Page.of(goals.goalsOf(me, me.userId()), limit, cursor);
    }

    @Operation(summary = "Set a goal in my own words, with where things stand (0 to 4)")
    @ApiResponse(responseCode = "201", description = "The stored goal")
    @ApiResponse(responseCode = "400", description = "A field is missing or not valid")
    @Post("/goals")
    public HttpResponse<GoalView> create(Authentication authentication, @Body GoalRequest request) {
        Caller me = Callers.of(authentication);
        return HttpResponse.created(goals.create(me, me.userId(), request.toNewGoal()));
    }

    @Operation(summary = "The life domains I set aside for now")
    @ApiResponse(responseCode = "200", description = "The domains marked not now")
    @Get("/domains-not-now")
    public DomainsNotNowResponse domainsNotNow(Authentication authentication) {
        Caller me = Callers.of(authentication);
        return new DomainsNotNowResponse(goals.domainsNotNow(me, me.userId()));
    }

    @Operation(summary = "Say which life domains are not for now (all of them, each time)")
    @ApiResponse(responseCode = "200", description = "The domains marked not now, as stored")
    @ApiResponse(responseCode = "400", description = "domains missing, or an unknown domain")
    @Put("/domains-not-now")
    public DomainsNotNowResponse setDomainsNotNow(Authentication authentication, @Body DomainsNotNowRequest request) {
        Caller me = Callers.of(authentication);
        return new DomainsNotNowResponse(goals.setDomainsNotNow(me, me.userId(), request.toDomains()));
    }
}
