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
import org.homeward.audit.DataKind;
import org.homeward.people.Callers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The organisation's audit trail, searched by its admins. */
@Tag(name = "audit")
@Controller("/api/v1/access-log")
@Secured("ORG_ADMIN")
public class AccessLogController {

    private final AccessLog log;
    private final Clock clock;

    public AccessLogController(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Operation(summary = "Search the audit trail of my organisation, newest first (at most 500 rows)",
            description = "from and to are instants; without them, the last 30 days.")
    @ApiResponse(responseCode = "200", description = "Matching entries")
    @ApiResponse(responseCode = "400", description = "from not before to, or an unknown kind")
    @Get("{?participantId,actorId,kind,from,to,limit,cursor}")
    public Page<AccessLogEntry> search(Authentication authentication, @Nullable @QueryValue String participantId,
                                       @Nullable @QueryValue String actorId, @Nullable @QueryValue DataKind kind,
                                       @Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to,
                                       @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                       @Nullable @QueryValue String cursor) {
        // A minute ahead: the database may round the newest rows' times up to the next second.
        Instant end = to == null ? clock.instant().plus(Duration.ofMinutes(1)) : to;
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
        return Page.of(log.search(Callers.of(authentication),
                new AccessLog.Search(participantId, actorId, kind, start, end)), limit, cursor);
    }
}
