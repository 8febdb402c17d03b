package org.homeward.audit.api;

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
import org.homeward.audit.AccessLog;
import org.homeward.audit.AccessLogEntry;
import org.homeward.people.Callers;

/** Who looked at, or changed, my information. Participants only, their own trail only. */
@Tag(name = "audit")
@Controller("/api/v1/me/access-log")
@Secured("PARTICIPANT")
public class MyAccessLogController {

    private final AccessLog log;

    public MyAccessLogController(AccessLog log) {
        this.log = log;
    }

    @Operation(summary = "Who looked at or changed my information, newest first (the newest 500)")
    @ApiResponse(responseCode = "200", description = "Entries with the person's chosen name and role")
    @Get("{?limit,cursor}")
    public Page<AccessLogEntry> list(Authentication authentication,
                                     @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                     @Nullable @QueryValue String cursor) {
        return Page.of(log.mine(Callers.of(authentication)), limit, cursor);
    }
}
