package org.homeward.invitations.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.homeward.invitations.InvitationService;
import org.homeward.people.Callers;

/**
 * Caseworkers invite participants and mentors; organisation admins also invite caseworkers.
 * The service decides which roles the caller may invite.
 */
@Tag(name = "invitations")
@Controller("/api/v1/invitations")
@Secured({"CASEWORKER", "ORG_ADMIN"})
public class InvitationsController {

    private final InvitationService invitations;

    public InvitationsController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Operation(summary = "Invite a person: creates the account and a one-time activation code (72 hours)")
    @ApiResponse(responseCode = "201", description = "Invited; the code is shown only in this response")
    @ApiResponse(responseCode = "400", description = "A field is missing or not valid")
    @ApiResponse(responseCode = "403", description = "The caller may not invite this role")
    @Post
    public HttpResponse<InvitationResponse> invite(Authentication authentication, @Body @Valid InviteRequest request) {
        return HttpResponse.created(InvitationResponse.of(
                invitations.invite(Callers.of(authentication), request.toCommand())));
    }

    @Operation(summary = "Issue a new activation code for an invited person; the previous one stops working")
    @ApiResponse(responseCode = "201", description = "A new code")
    @ApiResponse(responseCode = "404", description = "No such invited person visible to the caller")
    @Post("/{userId}/codes")
    public HttpResponse<InvitationResponse> reissue(Authentication authentication, @PathVariable String userId) {
        return HttpResponse.created(InvitationResponse.of(
                invitations.reissueCode(Callers.of(authentication), userId)));
    }
}
