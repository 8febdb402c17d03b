package org.homeward.today.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.people.Caller;
import org.homeward.people.Callers;
import org.homeward.today.Changes;
import org.homeward.today.Today;
import org.homeward.today.TodayService;

/** The participant's day and the changes for their phone's offline copy. Participants only; ETag-aware. */
@Tag(name = "my day")
@Controller("/api/v1/me")
@Secured("PARTICIPANT")
public class TodayController {

    private final TodayService today;

    public TodayController(TodayService today) {
        this.today = today;
    }

    @Operation(summary = "Today: tasks due now or overdue, today's appointments, the next 7 days, badge counts")
    @ApiResponse(responseCode = "200", description = "My day, in my language and time zone")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @Get("/today")
    public Today today(Authentication authentication) {
        Caller me = Callers.of(authentication);
        return today.today(me, me.userId());
    }

    @Operation(summary = "Tasks and appointments changed since a cursor (deleted ones marked), and the next cursor")
    @ApiResponse(responseCode = "200", description = "Changes; without a cursor, everything")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @ApiResponse(responseCode = "400", description = "Cursor not valid")
    @Get("/sync{?since}")
    public Changes sync(Authentication authentication, @Nullable @QueryValue String since) {
        Caller me = Callers.of(authentication);
        return today.changesSince(me, me.userId(), since);
    }
}
