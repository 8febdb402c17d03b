package org.homeward.appointments.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentView;
import org.homeward.people.Callers;

/** One appointment. Read by anyone who may see the participant; changed only by an assigned caseworker. */
@Tag(name = "appointments")
@Controller("/api/v1/appointments/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AppointmentsController {

    private final AppointmentService appointments;

    public AppointmentsController(AppointmentService appointments) {
        this.appointments = appointments;
    }

    @Operation(summary = "An appointment")
    @ApiResponse(responseCode = "200", description = "The appointment")
    @ApiResponse(responseCode = "404", description = "Not found or not visible")
    @Get
    public AppointmentView get(Authentication authentication, @PathVariable String id) {
        return appointments.appointment(Callers.of(authentication), id);
    }

    @Operation(summary = "Change an appointment (a new time clears the participant's earlier answer)")
    @ApiResponse(responseCode = "200", description = "The changed appointment")
    @ApiResponse(responseCode = "400", description = "A field is not valid")
    @ApiResponse(responseCode = "403", description = "Only an assigned caseworker changes appointments")
    @ApiResponse(responseCode = "409", description = "Already over or cancelled")
    @Put
    public AppointmentView change(Authentication authentication, @PathVariable String id,
                                  @Body AppointmentRequest request) {
        return appointments.change(Callers.of(authentication), id, request.toCommand());
    }

    @Operation(summary = "Cancel an appointment (it stays in the history as cancelled)")
    @ApiResponse(responseCode = "200", description = "The cancelled appointment")
    @ApiResponse(responseCode = "403", description = "Only an assigned caseworker cancels appointments")
    @Delete
    public AppointmentView cancel(Authentication authentication, @PathVariable String id) {
        return appointments.cancel(Callers.of(authentication), id);
    }

    @Operation(summary = "Record what happened: attended, missed, cancelled or rescheduled (to a new, linked appointment)")
    @ApiResponse(responseCode = "200", description = "The appointment with its outcome")
    @ApiResponse(responseCode = "400", description = "Outcome missing, or attended/missed before it happened")
    @ApiResponse(responseCode = "403", description = "Only an assigned caseworker records outcomes")
    @ApiResponse(responseCode = "409", description = "An outcome was already recorded")
    @Post("/outcome")
    public AppointmentView outcome(Authentication authentication, @PathVariable String id,
                                   @Body OutcomeRequest request) {
        return appointments.recordOutcome(Callers.of(authentication), id, request.outcome(),
                request.newAppointment() == null ? null : request.newAppointment().toCommand());
    }
}
