package org.homeward.people.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.homeward.common.DomainException;
import org.homeward.organisations.OrganisationRepository;
import org.homeward.people.Caller;
import org.homeward.people.Callers;
import org.homeward.people.ProfileService;
import org.homeward.people.UserAccount;

/** The signed-in person's own account. Anyone signed in; each sees only themself. */
@Tag(name = "me")
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MeController {

    private final ProfileService profiles;
    private final OrganisationRepository organisations;

    public MeController(ProfileService profiles, OrganisationRepository organisations) {
        this.profiles = profiles;
        this.organisations = organisations;
    }

    @Operation(summary = "Who I am: id, role, chosen name, language, time zone, organisation")
    @ApiResponse(responseCode = "200", description = "The signed-in person")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @Get
    public MeResponse me(Authentication authentication) {
        return describe(profiles.me(Callers.of(authentication)));
    }

    @Operation(summary = "Change the language Homeward speaks to me in")
    @ApiResponse(responseCode = "200", description = "The updated person")
    @ApiResponse(responseCode = "400", description = "Language not supported")
    @Put("/language")
    public MeResponse changeLanguage(Authentication authentication, @Body @Valid LanguageRequest request) {
        Caller caller = Callers.of(authentication);
        return describe(profiles.changeLanguage(caller, request.language()));
    }

    private MeResponse describe(UserAccount user) {
        return MeResponse.of(user, organisations.findById(user.organisationId()).orElseThrow(DomainException::notFound));
    }
}
