package org.homeward.dashboard.api;

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
import org.homeward.dashboard.DashboardRow;
import org.homeward.dashboard.DashboardService;
import org.homeward.people.Callers;

/** The caseworker's caseload ordered by need. Caseworkers only, their own assigned participants only. */
@Tag(name = "caseload")
@Controller("/api/v1/dashboard")
@Secured("CASEWORKER")
public class DashboardController {

    private final DashboardService dashboard;

    public DashboardController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @Operation(summary = "My caseload, most pressing first",
            description = "Escalated and open requests for help, open concerns, missed appointments by category "
                    + "(last 90 days), overdue tasks, no check-in for a while, release in the next 30 days. "
                    + "Counts a participant does not share with me are absent.")
    @ApiResponse(responseCode = "200", description = "One row per assigned participant")
    @Get("{?limit,cursor}")
    public Page<DashboardRow> list(Authentication authentication,
                                   @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                   @Nullable @QueryValue String cursor) {
        return Page.of(dashboard.dashboard(Callers.of(authentication)), limit, cursor);
    }
}
