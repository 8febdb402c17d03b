package org.homeward.calendar.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.calendar.CalendarLinkService;

import java.nio.charset.StandardCharsets;

/**
 * The private calendar feed that calendar apps fetch. Calendar apps cannot sign in, so the route is
 * anonymous and the unguessable token in the path is the credential; an unknown or revoked token
 * gets the same 404 as any path that does not exist.
 */
@Tag(name = "calendar")
@Controller("/api/calendar")
@Secured(SecurityRule.IS_ANONYMOUS)
public class CalendarFeedController {

    static final String TEXT_CALENDAR = "text/calendar";

    private final CalendarLinkService links;

    public CalendarFeedController(CalendarLinkService links) {
        this.links = links;
    }

    @Operation(summary = "A participant's appointments as an iCalendar feed (RFC 5545), by private link",
            description = "Booked appointments from 30 days ago on, and kept or missed ones of the last 30 days."
                    + " Cancelled ones are left out. Never cached: Cache-Control private, no-store.")
    @ApiResponse(responseCode = "200", description = "text/calendar")
    @ApiResponse(responseCode = "404", description = "No such link, or it was revoked")
    @Get(uri = "/{token}.ics", produces = TEXT_CALENDAR)
    public HttpResponse<byte[]> feed(@PathVariable String token) {
        byte[] calendar = links.feed(token).getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(calendar)
                .contentType(new MediaType(TEXT_CALENDAR + ";charset=utf-8"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
