package org.homeward.contacts.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.contacts.CrisisContactService;
import org.homeward.contacts.CrisisContacts;
import org.homeward.people.Callers;

/**
 * Whom a participant can call when things are hard: their organisation's hotlines and the trusted
 * contacts they keep, never one they marked unsafe. The participant reads their own (also in
 * {@code /me/sync}); an assigned caseworker reads theirs. Mentors and admins do not.
 */
@Tag(name = "crisis contacts")
@Controller("/api/v1")
public class CrisisContactsController {

    private final CrisisContactService crisisContacts;

    public CrisisContactsController(CrisisContactService crisisContacts) {
        this.crisisContacts = crisisContacts;
    }

    @Operation(summary = "My crisis contacts: my organisation's hotlines and my safe trusted contacts")
    @ApiResponse(responseCode = "200", description = "Hotlines in the organisation's order, then my trusted "
            + "contacts, relations in my language")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @Get("/me/crisis-contacts")
    @Secured("PARTICIPANT")
    public CrisisContacts mine(Authentication authentication) {
        return crisisContacts.mine(Callers.of(authentication));
    }

    @Operation(summary = "A participant's crisis contacts, for their assigned caseworkers")
    @ApiResponse(responseCode = "200", description = "Hotlines and the participant's safe trusted contacts")
    @ApiResponse(responseCode = "403", description = "Mentors and admins do not see them")
    @ApiResponse(responseCode = "404", description = "Participant not found or not in my caseload")
    @Get("/participants/{participantId}/crisis-contacts")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public CrisisContacts ofParticipant(Authentication authentication, @PathVariable String participantId) {
        return crisisContacts.of(Callers.of(authentication), participantId);
    }
}
