package org.homeward.goals.api;

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
import org.homeward.goals.GoalService;
import org.homeward.goals.GoalView;
import org.homeward.people.Callers;

/**
 * A participant's goals as the people around them see them. Reading: the participant, an assigned
 * caseworker or a matched mentor they share goals with. Setting a goal: the participant or an
 * assigned caseworker, with the participant. Organisation admins see no goals.
 */
@Tag(name = "goals")
@Controller("/api/v1/participants/{participantId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ParticipantGoalsController {

    private final GoalService goals;

    public ParticipantGoalsController(GoalService goals) {
        this.goals = goals;
    }

    @Operation(summary = "A participant's goals by life domain, with their ratings")
    @ApiResponse(responseCode = "200", description = "Goals, in the order of the life domains")
    @ApiResponse(responseCode = "403", description = "The participant does not share goals with the caller")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible to the caller")
    @Get("/goals{?limit,cursor}")
    public Page<GoalView> list(Authentication authentication, @PathVariable String participantId,
                               @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                               @Nullable @QueryValue String cursor) {
        return Page.of(goals.goalsOf(Callers.of(authentication), participantId), limit, cursor);
    }

    @Operation(summary = "Set a goal with the participant, in their words")
    @ApiResponse(responseCode = "201", description = "The stored goal")
    @ApiResponse(responseCode = "400", description = "A field is missing or not valid")
    @ApiResponse(responseCode = "403", description = "The caller may see but not set this participant's goals")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible to the caller")
    @Post("/goals")
    public HttpResponse<GoalView> create(Authentication authentication, @PathVariable String participantId,
                                         @Body GoalRequest request) {
        return HttpResponse.created(goals.create(Callers.of(authentication), participantId, request.toNewGoal()));
    }

    @Operation(summary = "The life domains the participant set aside for now")
    @ApiResponse(responseCode = "200", description = "The domains marked not now")
    @ApiResponse(responseCode = "403", description = "The participant does not share goals with the caller")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible to the caller")
    @Get("/domains-not-now")
    public DomainsNotNowResponse domainsNotNow(Authentication authentication, @PathVariable String participantId) {
        return new DomainsNotNowResponse(goals.domainsNotNow(Callers.of(authentication), participantId));
    }
}
