package org.homeward.contacts.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.api.Page;
import org.homeward.contacts.TrustedContactService;
import org.homeward.contacts.TrustedContactView;
import org.homeward.people.Callers;

/**
 * The participant's own trusted contacts. Participants only, their own contacts only. This is the
 * one list that shows contacts marked unsafe (marked), so the participant can change their mind;
 * everything else leaves them out.
 */
@Tag(name = "crisis contacts")
@Controller("/api/v1/me/trusted-contacts")
@Secured("PARTICIPANT")
public class MyTrustedContactsController {

    private final TrustedContactService contacts;

    public MyTrustedContactsController(TrustedContactService contacts) {
        this.contacts = contacts;
    }

    @Operation(summary = "My trusted contacts by name, unsafe ones marked")
    @ApiResponse(responseCode = "200", description = "Contacts, relations in my language")
    @Get("{?limit,cursor}")
    public Page<TrustedContactView> list(Authentication authentication,
                                         @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                         @Nullable @QueryValue String cursor) {
        return Page.of(contacts.mine(Callers.of(authentication)), limit, cursor);
    }

    @Operation(summary = "Add a trusted contact", description = "At most 20. Send an Idempotency-Key.")
    @ApiResponse(responseCode = "201", description = "The stored contact")
    @ApiResponse(responseCode = "400", description = "Name or phone missing, a name over 100 characters, "
            + "a number that cannot be dialled, an unknown relation")
    @ApiResponse(responseCode = "409", description = "I already keep 20 contacts")
    @Post
    public HttpResponse<TrustedContactView> add(Authentication authentication, @Body TrustedContactRequest request) {
        return HttpResponse.created(contacts.add(Callers.of(authentication), request.toCommand()));
    }

    @Operation(summary = "Change a trusted contact, or mark them unsafe (unsafe: true) or safe again (false)",
            description = "Leaving unsafe out keeps the mark as it was.")
    @ApiResponse(responseCode = "200", description = "The contact as stored")
    @ApiResponse(responseCode = "400", description = "As for adding")
    @ApiResponse(responseCode = "404", description = "No such contact of mine")
    @Put("/{id}")
    public TrustedContactView change(Authentication authentication, @PathVariable String id,
                                     @Body TrustedContactRequest request) {
        return contacts.change(Callers.of(authentication), id, request.toCommand());
    }

    @Operation(summary = "Delete a trusted contact for good")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such contact of mine")
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    public void remove(Authentication authentication, @PathVariable String id) {
        contacts.remove(Callers.of(authentication), id);
    }
}
