package org.homeward.caseload.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.api.Page;
import org.homeward.caseload.CaseloadService;
import org.homeward.caseload.PersonSummary;
import org.homeward.people.Callers;

/** The organisation's people, for its admins. */
@Tag(name = "organisation")
@Controller("/api/v1/organisation")
@Secured("ORG_ADMIN")
public class OrganisationController {

    private final CaseloadService caseload;

    public OrganisationController(CaseloadService caseload) {
        this.caseload = caseload;
    }

    @Operation(summary = "Everyone in my organisation")
    @ApiResponse(responseCode = "200", description = "People, by chosen name")
    @ApiResponse(responseCode = "403", description = "Organisation admins only")
    @Get("/people{?limit,cursor}")
    public Page<PersonSummary> people(Authentication authentication,
                                      @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                      @Nullable @QueryValue String cursor) {
        return Page.of(caseload.organisationPeople(Callers.of(authentication)), limit, cursor);
    }
}
