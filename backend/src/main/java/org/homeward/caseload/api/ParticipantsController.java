package org.homeward.caseload.api;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.api.Page;
import org.homeward.caseload.CaseloadService;
import org.homeward.caseload.ParticipantOverview;
import org.homeward.caseload.PersonSummary;
import org.homeward.people.Callers;

/**
 * Participants as the people around them see them. Every route checks, in the service, that the
 * caller may see this participant; otherwise the answer is 404, as if they did not exist.
 */
@Tag(name = "participants")
@Controller("/api/v1/participants")
public class ParticipantsController {

    private final CaseloadService caseload;

    public ParticipantsController(CaseloadService caseload) {
        this.caseload = caseload;
    }

    @Operation(summary = "My caseload: assigned (caseworker), matched (mentor) or all (organisation admin)")
    @ApiResponse(responseCode = "200", description = "Participants, by chosen name")
    @ApiResponse(responseCode = "403", description = "Participants have no caseload")
    @Secured({"CASEWORKER", "MENTOR", "ORG_ADMIN"})
    @Get("{?limit,cursor}")
    public Page<PersonSummary> list(Authentication authentication,
                                    @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                    @Nullable @QueryValue String cursor) {
        return Page.of(caseload.caseload(Callers.of(authentication)), limit, cursor);
    }

    @Operation(summary = "A participant with their caseworkers and mentors")
    @ApiResponse(responseCode = "200", description = "The participant")
    @ApiResponse(responseCode = "404", description = "Not found, or not visible to the caller")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}")
    public ParticipantOverview get(Authentication authentication, @PathVariable String id) {
        return caseload.overview(Callers.of(authentication), id);
    }

    @Operation(summary = "Assign a caseworker to the participant")
    @ApiResponse(responseCode = "201", description = "Assigned")
    @ApiResponse(responseCode = "400", description = "No such caseworker, or already assigned")
    @ApiResponse(responseCode = "404", description = "Participant not found in the organisation")
    @Secured("ORG_ADMIN")
    @Post("/{id}/case-assignments")
    public HttpResponse<AssignmentResponse> assign(Authentication authentication, @PathVariable String id,
                                                   @Body @Valid AssignmentRequest request) {
        return HttpResponse.created(AssignmentResponse.of(
                caseload.assignCaseworker(Callers.of(authentication), id, request.caseworkerId())));
    }

    @Operation(summary = "End a caseworker's assignment")
    @ApiResponse(responseCode = "204", description = "Ended")
    @ApiResponse(responseCode = "404", description = "No such current assignment")
    @Secured("ORG_ADMIN")
    @Post("/{id}/case-assignments/{assignmentId}/end")
    public HttpResponse<Void> endAssignment(Authentication authentication, @PathVariable String id,
                                            @PathVariable String assignmentId) {
        caseload.endAssignment(Callers.of(authentication), id, assignmentId);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Match a mentor with the participant")
    @ApiResponse(responseCode = "201", description = "Matched")
    @ApiResponse(responseCode = "400", description = "No such mentor, or already matched")
    @ApiResponse(responseCode = "404", description = "Participant not found in the organisation")
    @Secured("ORG_ADMIN")
    @Post("/{id}/mentor-matches")
    public HttpResponse<MatchResponse> match(Authentication authentication, @PathVariable String id,
                                             @Body @Valid MatchRequest request) {
        return HttpResponse.created(MatchResponse.of(
                caseload.matchMentor(Callers.of(authentication), id, request.mentorId(), request.startsOn())));
    }

    @Operation(summary = "End a mentor match")
    @ApiResponse(responseCode = "200", description = "The ended match")
    @ApiResponse(responseCode = "404", description = "No such open match")
    @Secured("ORG_ADMIN")
    @Post("/{id}/mentor-matches/{matchId}/end")
    public MatchResponse endMatch(Authentication authentication, @PathVariable String id,
                                  @PathVariable String matchId, @Body @Valid EndMatchRequest request) {
        return MatchResponse.of(caseload.endMatch(Callers.of(authentication), id, matchId, request.endsOn()));
    }
}
