package org.homeward.help.api;

import io.micronaut.core.annotation.Nullable;
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
import org.homeward.api.Page;
import org.homeward.common.DomainException;
import org.homeward.help.HelpRequestService;
import org.homeward.help.HelpRequestView;
import org.homeward.help.HelpStatus;
import org.homeward.people.Callers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answering requests for help. Caseworkers only, and only requests that reached them: their
 * caseload's, and others' once escalated to them as backup or on-call staff.
 */
@Tag(name = "help")
@Controller("/api/v1/help-requests")
@Secured("CASEWORKER")
public class HelpRequestsController {

    private final HelpRequestService help;

    public HelpRequestsController(HelpRequestService help) {
        this.help = help;
    }

    @Operation(summary = "Requests that reached me, oldest first",
            description = "status: open, acknowledged, resolved, cancelled, comma-separated; default open,acknowledged")
    @ApiResponse(responseCode = "200", description = "Requests with their escalation level")
    @ApiResponse(responseCode = "400", description = "Unknown status")
    @Get("{?status}")
    public Page<HelpRequestView> list(Authentication authentication, @Nullable @QueryValue String status) {
        return Page.of(help.forResponder(Callers.of(authentication), statuses(status)), Page.MAX_LIMIT, null);
    }

    @Operation(summary = "One request with its whole history, notes included",
            description = "Caseworkers it reached; a matched mentor when the participant shares requests for help.")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "404", description = "No such request, or it did not reach me")
    @Secured({"CASEWORKER", "MENTOR"})
    @Get("/{id}")
    public HelpRequestView one(Authentication authentication, @PathVariable String id) {
        return help.request(Callers.of(authentication), id);
    }

    @Operation(summary = "I saw it: stops the escalation; the participant is told who saw it")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "409", description = "Already resolved or cancelled")
    @Post("/{id}/acknowledge")
    public HelpRequestView acknowledge(Authentication authentication, @PathVariable String id) {
        return help.acknowledge(Callers.of(authentication), id);
    }

    @Operation(summary = "Add a note (caseworkers only see notes)")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "400", description = "Note empty or over 1,000 characters")
    @Post("/{id}/notes")
    public HelpRequestView note(Authentication authentication, @PathVariable String id, @Body TextBody body) {
        return help.note(Callers.of(authentication), id, body.text());
    }

    @Operation(summary = "Resolve: help arranged, referred elsewhere (say where), no longer needed, could not reach")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "400", description = "Outcome missing, or referred without saying where")
    @ApiResponse(responseCode = "409", description = "Already resolved or cancelled")
    @Post("/{id}/resolve")
    public HelpRequestView resolve(Authentication authentication, @PathVariable String id, @Body ResolveBody body) {
        return help.resolve(Callers.of(authentication), id, body.outcome(), body.referredTo());
    }

    @Operation(summary = "Reopen a resolved request; its response time starts again")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "409", description = "Not resolved")
    @Post("/{id}/reopen")
    public HelpRequestView reopen(Authentication authentication, @PathVariable String id) {
        return help.reopen(Callers.of(authentication), id);
    }

    private static List<HelpStatus> statuses(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return List.of(HelpStatus.OPEN, HelpStatus.ACKNOWLEDGED);
        }
        List<HelpStatus> statuses = new ArrayList<>();
        for (String part : status.split(",")) {
            try {
                statuses.add(HelpStatus.valueOf(part.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw DomainException.invalidField("status", "validation.unknownValue");
            }
        }
        return statuses;
    }
}
