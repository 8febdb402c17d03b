package org.homeward.checkins.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.api.Page;
import org.homeward.checkins.CheckInService;
import org.homeward.checkins.CheckInView;
import org.homeward.people.Callers;

/** The participant's own check-ins from their phone. Participants only. */
@Tag(name = "check-ins")
@Controller("/api/v1/me/check-ins")
@Secured("PARTICIPANT")
public class MyCheckInsController {

    private final CheckInService checkIns;

    public MyCheckInsController(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @Operation(summary = "How I am today: mood 1 to 5, and a short note if I want (up to 280 characters)",
            description = "Send an Idempotency-Key so a retry on a bad connection does not record it twice.")
    @ApiResponse(responseCode = "201", description = "The check-in, stored")
    @ApiResponse(responseCode = "400", description = "Mood missing or outside 1 to 5, or the note too long")
    @Post
    public HttpResponse<CheckInView> record(Authentication authentication, @Body SelfCheckInBody body) {
        return HttpResponse.created(checkIns.selfCheckIn(Callers.of(authentication), body.mood(), body.note()));
    }

    @Operation(summary = "Check-ins about me, newest first: my own with my notes, my mentor's without notes")
    @ApiResponse(responseCode = "200", description = "Check-ins")
    @Get("{?limit,cursor}")
    public Page<CheckInView> mine(Authentication authentication,
                                  @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                  @Nullable @QueryValue String cursor) {
        return Page.of(checkIns.mine(Callers.of(authentication)), limit, cursor);
    }

    /** A self check-in: mood 1 (very low) to 5 (very good), and an optional note. */
    @Serdeable
    public record SelfCheckInBody(@Nullable Integer mood, @Nullable String note) {
    }
}
