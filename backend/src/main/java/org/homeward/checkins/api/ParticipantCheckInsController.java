package org.homeward.checkins.api;

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
import org.homeward.checkins.CheckInService;
import org.homeward.checkins.CheckInView;
import org.homeward.checkins.ConcernService;
import org.homeward.checkins.ConcernView;
import org.homeward.checkins.MentorMeetingService;
import org.homeward.checkins.MentorMeetingView;
import org.homeward.checkins.NewCheckIn;
import org.homeward.checkins.NewMentorMeeting;
import org.homeward.people.Callers;

/**
 * Check-ins, mentor meetings and concerns about one participant. Logging check-ins and booking
 * meetings: the matched mentor. Reading check-ins: the mentor (their own), assigned caseworkers
 * (facts; notes by consent), the participant (facts). Concerns: assigned caseworkers.
 */
@Tag(name = "check-ins")
@Controller("/api/v1/participants/{participantId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ParticipantCheckInsController {

    private final CheckInService checkIns;
    private final MentorMeetingService meetings;
    private final ConcernService concerns;

    public ParticipantCheckInsController(CheckInService checkIns, MentorMeetingService meetings,
                                         ConcernService concerns) {
        this.checkIns = checkIns;
        this.meetings = meetings;
        this.concerns = concerns;
    }

    @Operation(summary = "Log a check-in (matched mentor); optionally raise a concern and plan the next meeting",
            description = "mood 1 to 5 as the participant tells it; domains are LifeDomain names; note up to 2,000 "
                    + "characters; meetingId marks that mentor meeting as held. A concern is pushed to the "
                    + "assigned caseworkers at once.")
    @ApiResponse(responseCode = "201", description = "The check-in, and the concern and next meeting if any")
    @ApiResponse(responseCode = "400", description = "Mood outside 1 to 5, unknown domain, note too long, ...")
    @ApiResponse(responseCode = "403", description = "Only the matched mentor logs check-ins")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible")
    @Post("/check-ins")
    public HttpResponse<CheckInService.Logged> log(Authentication authentication, @PathVariable String participantId,
                                                   @Body NewCheckIn body) {
        return HttpResponse.created(checkIns.log(Callers.of(authentication), participantId, body));
    }

    @Operation(summary = "The participant's check-ins over time, newest first",
            description = "Mentors see the ones they logged, with their notes. Assigned caseworkers see all; a note "
                    + "only when the author shared it and the participant shares check-in notes with them.")
    @ApiResponse(responseCode = "200", description = "Check-ins")
    @ApiResponse(responseCode = "403", description = "Organisation admins see no check-ins")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible")
    @Get("/check-ins{?limit,cursor}")
    public Page<CheckInView> list(Authentication authentication, @PathVariable String participantId,
                                  @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                  @Nullable @QueryValue String cursor) {
        return Page.of(checkIns.checkInsOf(Callers.of(authentication), participantId), limit, cursor);
    }

    @Operation(summary = "Book the next mentor meeting (matched mentor)",
            description = "An appointment of category MENTOR_MEETING in the participant's day; both are reminded.")
    @ApiResponse(responseCode = "201", description = "The meeting, in full")
    @ApiResponse(responseCode = "400", description = "Start missing or past, mode missing, duration or place not valid")
    @ApiResponse(responseCode = "403", description = "Only the matched mentor books mentor meetings here")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible")
    @Post("/mentor-meetings")
    public HttpResponse<MentorMeetingView> book(Authentication authentication, @PathVariable String participantId,
                                                @Body NewMentorMeeting body) {
        return HttpResponse.created(meetings.book(Callers.of(authentication), participantId, body));
    }

    @Operation(summary = "The mentor meetings I booked with the participant, soonest first (mentor)")
    @ApiResponse(responseCode = "200", description = "Meetings, in full")
    @ApiResponse(responseCode = "403", description = "Mentors only")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible")
    @Get("/mentor-meetings")
    public Page<MentorMeetingView> myMeetings(Authentication authentication, @PathVariable String participantId) {
        return Page.of(meetings.mine(Callers.of(authentication), participantId), Page.MAX_LIMIT, null);
    }

    @Operation(summary = "Concerns raised about the participant, newest first (assigned caseworker)")
    @ApiResponse(responseCode = "200", description = "Concerns, open and answered")
    @ApiResponse(responseCode = "403", description = "Caseworkers only")
    @ApiResponse(responseCode = "404", description = "Participant not found or not visible")
    @Get("/concerns")
    public Page<ConcernView> concerns(Authentication authentication, @PathVariable String participantId) {
        return Page.of(concerns.concernsOf(Callers.of(authentication), participantId), Page.MAX_LIMIT, null);
    }
}
