package org.homeward.help.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.api.Page;
import org.homeward.help.HelpRequestService;
import org.homeward.help.HelpRequestView;
import org.homeward.people.Callers;

/** One participant's requests for help, for their caseworkers and the mentors they share them with. */
@Tag(name = "help")
@Controller("/api/v1/participants/{participantId}/help-requests")
@Secured({"CASEWORKER", "MENTOR"})
public class ParticipantHelpRequestsController {

    private final HelpRequestService help;

    public ParticipantHelpRequestsController(HelpRequestService help) {
        this.help = help;
    }

    @Operation(summary = "A participant's requests for help, newest first")
    @ApiResponse(responseCode = "200", description = "The requests I may see")
    @ApiResponse(responseCode = "403", description = "The participant does not share their requests for help with me")
    @ApiResponse(responseCode = "404", description = "Not a participant I work with")
    @Get("{?limit,cursor}")
    public Page<HelpRequestView> list(Authentication authentication, @PathVariable String participantId,
                                      @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                      @Nullable @QueryValue String cursor) {
        return Page.of(help.ofParticipant(Callers.of(authentication), participantId), limit, cursor);
    }
}
