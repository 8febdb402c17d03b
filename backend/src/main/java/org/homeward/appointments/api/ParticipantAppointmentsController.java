package org.homeward.appointments.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.api.Page;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentView;
import org.homeward.appointments.Attendance;
import org.homeward.people.Callers;

/**
 * A participant's appointments as the people around them see them. Reading: anyone who may see the
 * participant (a matched mentor sees times only). Booking: an assigned caseworker.
 */
@Tag(name = "appointments")
@Controller("/api/v1/participants/{participantId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ParticipantAppointmentsController {

    private final AppointmentService appointments;

    public ParticipantAppointmentsController(AppointmentService appointments) {
        this.appointments = appointments;
    }

    @Operation(summary = "A participant's appointments")
    @ApiResponse(responseCode = "200", description = "Appointments (times only for mentors)")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible")
    @Get("/appointments{?limit,cursor}")
    public Page<AppointmentView> list(Authentication authentication, @PathVariable String participantId,
                                      @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                      @Nullable @QueryValue String cursor) {
        return Page.of(appointments.appointmentsOf(Callers.of(authentication), participantId), limit, cursor);
    }

    @Operation(summary = "Book an appointment")
    @ApiResponse(responseCode = "201", description = "The booked appointment")
    @ApiResponse(responseCode = "400", description = "A field is missing or not valid")
    @ApiResponse(responseCode = "403", description = "Only an assigned caseworker books appointments")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible")
    @Post("/appointments")
    public HttpResponse<AppointmentView> book(Authentication authentication, @PathVariable String participantId,
                                              @Body AppointmentRequest request) {
        return HttpResponse.created(appointments.book(Callers.of(authentication), participantId, request.toCommand()));
    }

    @Operation(summary = "Kept and missed appointments per category over the last 90 days")
    @ApiResponse(responseCode = "200", description = "Attendance, with a mark when one kind is being missed")
    @ApiResponse(responseCode = "403", description = "Mentors do not see attendance")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible")
    @Get("/attendance")
    public Attendance attendance(Authentication authentication, @PathVariable String participantId) {
        return appointments.attendance(Callers.of(authentication), participantId);
    }
}
