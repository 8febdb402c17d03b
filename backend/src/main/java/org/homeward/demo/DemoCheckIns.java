package org.homeward.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.homeward.checkins.CheckIn;
import org.homeward.checkins.CheckInRepository;
import org.homeward.checkins.InControl;
import org.homeward.checkins.MeetingMode;
import org.homeward.checkins.MentorMeetingService;
import org.homeward.checkins.NewMentorMeeting;
import org.homeward.common.Ids;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Maya's check-ins with Ana over the past weeks (one note shared with the caseworker, one kept to
 * herself) and their next meeting, booked through the service as Maya would, so both are reminded.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
public class DemoCheckIns {

    private final CheckInRepository checkIns;
    private final MentorMeetingService meetings;
    private final Clock clock;

    public DemoCheckIns(CheckInRepository checkIns, MentorMeetingService meetings, Clock clock) {
        this.checkIns = checkIns;
        this.meetings = meetings;
        this.clock = clock;
    }

    public void prepare(UserAccount mentor, UserAccount participant) {
        Instant now = clock.instant();
        Instant earlier = now.minus(Duration.ofDays(16));
        checkIns.save(new CheckIn(Ids.newId(), participant.organisationId(), participant.id(), mentor.id(), false,
                earlier, MeetingMode.IN_PERSON, 60, 3, "HOUSING,FINANCES", InControl.PARTLY,
                "Rent is due next week and the deposit letter has not come. We wrote down what to ask the housing office.",
                true, null, earlier));
        Instant recent = now.minus(Duration.ofDays(5));
        checkIns.save(new CheckIn(Ids.newId(), participant.organisationId(), participant.id(), mentor.id(), false,
                recent, MeetingMode.PHONE, 20, 4, "EMPLOYMENT,SOCIAL", InControl.YES,
                "Sounded brighter. Interview at the bakery on Friday.", false, null, recent));
        ZoneId zone = ZoneId.of(participant.timeZone());
        Instant nextWeek = LocalDate.now(clock.withZone(zone)).plusDays(7).atTime(15, 0).atZone(zone).toInstant();
        meetings.book(new Caller(mentor.id(), mentor.organisationId(), mentor.role()), participant.id(),
                new NewMentorMeeting(nextWeek, 60, MeetingMode.IN_PERSON, "Riverside Library café"));
    }
}
