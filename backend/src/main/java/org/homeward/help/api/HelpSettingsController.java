package org.homeward.help.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.help.HelpSettingsService;
import org.homeward.help.MonthFigures;
import org.homeward.people.Callers;

import java.util.List;

/** The organisation's response times, escalation chain and how it kept them. Organisation admins only. */
@Tag(name = "help")
@Controller("/api/v1/organisation")
@Secured("ORG_ADMIN")
public class HelpSettingsController {

    private final HelpSettingsService settings;

    public HelpSettingsController(HelpSettingsService settings) {
        this.settings = settings;
    }

    @Operation(summary = "Response times per urgency (minutes), backup caseworker, on-call staff")
    @ApiResponse(responseCode = "200", description = "Defaults until changed: 15, 240, 2880 minutes")
    @Get("/help-settings")
    public HelpSettingsBody get(Authentication authentication) {
        return HelpSettingsBody.of(settings.setup(Callers.of(authentication)));
    }

    @Operation(summary = "Change them; a field left out keeps its value")
    @ApiResponse(responseCode = "200", description = "The settings now")
    @ApiResponse(responseCode = "400", description = "Minutes out of 1 to 20,160, or someone who is not staff here")
    @Put("/help-settings")
    public HelpSettingsBody change(Authentication authentication, @Body HelpSettingsBody body) {
        return HelpSettingsBody.of(settings.change(Callers.of(authentication), body.nowMinutes(), body.todayMinutes(),
                body.thisWeekMinutes(), body.backupCaseworkerId(), body.onCall()));
    }

    @Operation(summary = "Per month, the last 12: requests, median and 90th percentile minutes to acknowledge, escalated")
    @ApiResponse(responseCode = "200", description = "Oldest month first")
    @Get("/help-figures")
    public HelpFigures figures(Authentication authentication) {
        return new HelpFigures(settings.figures(Callers.of(authentication)));
    }

    /** The months, oldest first. */
    @Serdeable
    public record HelpFigures(List<MonthFigures> months) {
    }
}
