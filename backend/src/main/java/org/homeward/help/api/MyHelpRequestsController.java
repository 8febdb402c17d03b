package org.homeward.help.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.api.Page;
import org.homeward.help.HelpRequestService;
import org.homeward.help.HelpRequestView;
import org.homeward.help.NewHelpRequest;
import org.homeward.people.Callers;

/** The help button and the participant's own requests. Participants only, their own requests only. */
@Tag(name = "help")
@Controller("/api/v1/me/help-requests")
@Secured("PARTICIPANT")
public class MyHelpRequestsController {

    private final HelpRequestService help;

    public MyHelpRequestsController(HelpRequestService help) {
        this.help = help;
    }

    @Operation(summary = "Ask for help: stored before the answer (201 means stored), pushed to my caseworkers",
            description = "Send an Idempotency-Key so a retry on a bad connection does not ask twice.")
    @ApiResponse(responseCode = "201", description = "The request, with its state in my language")
    @ApiResponse(responseCode = "400", description = "Unknown category or urgency, or a message over 500 characters")
    @Post
    public HttpResponse<HelpRequestView> raise(Authentication authentication, @Nullable @Body HelpRequestBody body) {
        HelpRequestBody request = body == null ? new HelpRequestBody(null, null, null) : body;
        return HttpResponse.created(help.raise(Callers.of(authentication),
                new NewHelpRequest(request.category(), request.urgency(), request.message())));
    }

    @Operation(summary = "My requests for help, newest first, each with its history")
    @ApiResponse(responseCode = "200", description = "Requests")
    @Get
    public Page<HelpRequestView> mine(Authentication authentication) {
        return Page.of(help.mine(Callers.of(authentication)), Page.MAX_LIMIT, null);
    }

    @Operation(summary = "One of my requests: its state (\"Seen by Casey at 14:05\") and history")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "404", description = "No such request of mine")
    @Get("/{id}")
    public HelpRequestView one(Authentication authentication, @PathVariable String id) {
        return help.request(Callers.of(authentication), id);
    }

    @Operation(summary = "Add a message to my request")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "400", description = "Message empty or over 500 characters")
    @ApiResponse(responseCode = "409", description = "The request is closed")
    @Post("/{id}/messages")
    public HelpRequestView message(Authentication authentication, @PathVariable String id, @Body TextBody body) {
        return help.addMessage(Callers.of(authentication), id, body.text());
    }

    @Operation(summary = "Take back my request")
    @ApiResponse(responseCode = "200", description = "The request, cancelled")
    @ApiResponse(responseCode = "409", description = "Already resolved")
    @Post("/{id}/cancel")
    public HelpRequestView cancel(Authentication authentication, @PathVariable String id) {
        return help.cancel(Callers.of(authentication), id);
    }
}
