package org.homeward.goals.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import org.homeward.goals.GoalService;
import org.homeward.goals.GoalView;
import org.homeward.goals.Rated;
import org.homeward.goals.RatingView;
import org.homeward.people.Callers;

/**
 * One goal. The service decides: read by anyone the participant shares goals with; changed and
 * rated by the participant or an assigned caseworker; mentors read only.
 */
@Tag(name = "goals")
@Controller("/api/v1/goals/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class GoalsController {

    private final GoalService goals;

    public GoalsController(GoalService goals) {
        this.goals = goals;
    }

    @Operation(summary = "A goal with its starting point and every rating, oldest first")
    @ApiResponse(responseCode = "200", description = "The goal")
    @ApiResponse(responseCode = "403", description = "The participant does not share goals with the caller")
    @ApiResponse(responseCode = "404", description = "Not found or not visible")
    @Get
    public GoalView get(Authentication authentication, @PathVariable String id) {
        return goals.goal(Callers.of(authentication), id);
    }

    @Operation(summary = "Change a goal's wording, starting point, status or linked tasks",
            description = "A field left out keeps its value; an empty taskIds unlinks every task.")
    @ApiResponse(responseCode = "200", description = "The changed goal")
    @ApiResponse(responseCode = "400", description = "A field is not valid")
    @ApiResponse(responseCode = "403", description = "The caller may see but not change it")
    @ApiResponse(responseCode = "404", description = "Not found or not visible")
    @Put
    public GoalView change(Authentication authentication, @PathVariable String id, @Body GoalRequest request) {
        return goals.change(Callers.of(authentication), id, request.toChange());
    }

    @Operation(summary = "Rate progress 0 to 4: the participant as PARTICIPANT, an assigned caseworker as CASEWORKER",
            description = "One rating per rater role per goal per day: a second one that day replaces the first.")
    @ApiResponse(responseCode = "201", description = "The stored rating")
    @ApiResponse(responseCode = "200", description = "The rating that replaced the one given earlier that day")
    @ApiResponse(responseCode = "400", description = "Rating outside 0 to 4, a day in the future, or a comment too long")
    @ApiResponse(responseCode = "403", description = "The caller may see but not rate it (mentors)")
    @ApiResponse(responseCode = "404", description = "Not found or not visible")
    @Post("/ratings")
    public HttpResponse<RatingView> rate(Authentication authentication, @PathVariable String id,
                                         @Body RatingRequest request) {
        Rated rated = goals.rate(Callers.of(authentication), id, request.toRating());
        return HttpResponse.<RatingView>status(rated.replacedEarlier() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(rated.rating());
    }
}
