package org.homeward.checkins.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.api.Page;
import org.homeward.checkins.ConcernService;
import org.homeward.checkins.ConcernView;
import org.homeward.common.DomainException;
import org.homeward.people.Callers;

import java.util.Locale;

/** Concerns mentors raised about the caller's caseload. Caseworkers only, assigned participants only. */
@Tag(name = "check-ins")
@Controller("/api/v1/concerns")
@Secured("CASEWORKER")
public class ConcernsController {

    private final ConcernService concerns;

    public ConcernsController(ConcernService concerns) {
        this.concerns = concerns;
    }

    @Operation(summary = "Concerns about my caseload", description = "status: OPEN (default, oldest first) or ALL (newest first)")
    @ApiResponse(responseCode = "200", description = "Concerns")
    @ApiResponse(responseCode = "400", description = "Unknown status")
    @Get("{?status}")
    public Page<ConcernView> list(Authentication authentication, @Nullable @QueryValue String status) {
        String wanted = status == null || status.isBlank() ? "OPEN" : status.trim().toUpperCase(Locale.ROOT);
        if (!wanted.equals("OPEN") && !wanted.equals("ALL")) {
            throw DomainException.invalidField("status", "validation.unknownValue");
        }
        return Page.of(concerns.forCaseworker(Callers.of(authentication), wanted.equals("OPEN")), Page.MAX_LIMIT,
                null);
    }

    @Operation(summary = "Record what was done about a concern; this closes it")
    @ApiResponse(responseCode = "200", description = "The concern, answered")
    @ApiResponse(responseCode = "400", description = "Response empty or over 1,000 characters")
    @ApiResponse(responseCode = "404", description = "No such concern about my caseload")
    @ApiResponse(responseCode = "409", description = "Already answered")
    @Post("/{id}/response")
    public ConcernView respond(Authentication authentication, @PathVariable String id, @Body ResponseBody body) {
        return concerns.respond(Callers.of(authentication), id, body.response());
    }

    /** What the caseworker did or will do. */
    @Serdeable
    public record ResponseBody(@Nullable String response) {
    }
}
