package org.homeward.appointments.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.api.Page;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentView;
import org.homeward.people.Caller;
import org.homeward.people.Callers;

/** The signed-in participant's appointments and their answers to them. Participants only. */
@Tag(name = "my day")
@Controller("/api/v1/me/appointments")
@Secured("PARTICIPANT")
public class MyAppointmentsController {

    private final AppointmentService appointments;

    public MyAppointmentsController(AppointmentService appointments) {
        this.appointments = appointments;
    }

    @Operation(summary = "My appointments, by start time")
    @ApiResponse(responseCode = "200", description = "Appointments with place, interpreter and what to bring")
    @Get("{?limit,cursor}")
    public Page<AppointmentView> list(Authentication authentication,
                                      @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                      @Nullable @QueryValue String cursor) {
        Caller me = Callers.of(authentication);
        return Page.of(appointments.appointmentsOf(me, me.userId()), limit, cursor);
    }

    @Operation(summary = "Answer an appointment: I'll be there, or I need to change this (with a reason)")
    @ApiResponse(responseCode = "200", description = "The appointment with my answer")
    @ApiResponse(responseCode = "400", description = "Answer missing, or a change asked for without a reason")
    @ApiResponse(responseCode = "404", description = "No such appointment of mine")
    @ApiResponse(responseCode = "409", description = "The appointment is already over or cancelled")
    @Post("/{id}/response")
    public AppointmentView respond(Authentication authentication, @PathVariable String id,
                                   @Body ResponseRequest request) {
        return appointments.respond(Callers.of(authentication), id, request.response(), request.reason());
    }
}
