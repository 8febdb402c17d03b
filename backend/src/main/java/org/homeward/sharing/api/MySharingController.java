package org.homeward.sharing.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import org.homeward.people.Callers;
import org.homeward.sharing.PersonSharing;
import org.homeward.sharing.SharingService;

/**
 * The participant decides what each caseworker and mentor sees of them. Participants only, their
 * own choices only. A change applies to the very next request.
 */
@Tag(name = "sharing")
@Controller("/api/v1/me/sharing")
@Secured("PARTICIPANT")
public class MySharingController {

    private final SharingService sharing;

    public MySharingController(SharingService sharing) {
        this.sharing = sharing;
    }

    @Operation(summary = "The people working with me and what each of them sees",
            description = "changedAt is absent while the default for the relation applies: assigned caseworkers "
                    + "see everything; a matched mentor sees tasks, appointment times, goals and crisis contacts.")
    @ApiResponse(responseCode = "200", description = "One entry per caseworker and mentor")
    @Get("{?limit,cursor}")
    public Page<PersonSharing> list(Authentication authentication,
                                    @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                    @Nullable @QueryValue String cursor) {
        return Page.of(sharing.mine(Callers.of(authentication)), limit, cursor);
    }

    @Operation(summary = "Change what one person sees of me", description = "Every field is required.")
    @ApiResponse(responseCode = "200", description = "The choice as stored")
    @ApiResponse(responseCode = "400", description = "A choice left out, or an unknown appointment level")
    @ApiResponse(responseCode = "404", description = "Not someone working with me")
    @Put("/{personId}")
    public PersonSharing change(Authentication authentication, @PathVariable String personId,
                                @Body SharingRequest request) {
        return sharing.change(Callers.of(authentication), personId, request.toSharing());
    }
}
