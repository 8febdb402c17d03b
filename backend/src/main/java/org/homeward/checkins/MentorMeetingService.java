package org.homeward.checkins;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentView;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.DataKind;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.common.DomainException;
import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;
import org.homeward.people.Caller;
import org.homeward.people.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Mentor meetings: the matched mentor books them (an appointment of category MENTOR_MEETING, which
 * the participant sees in their day and is reminded of like any other; the mentor is reminded too)
 * and sees their own in full. Nobody else books them here.
 */
@Singleton
public class MentorMeetingService {

    private final AppointmentService appointments;
    private final MentorMeetingRepository meetings;
    private final ParticipantAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public MentorMeetingService(AppointmentService appointments, MentorMeetingRepository meetings,
                                ParticipantAccess access, AuditTrail audit, Clock clock) {
        this.appointments = appointments;
        this.meetings = meetings;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The matched mentor only: others who may see the participant are told "not allowed". */
    @Transactional
    public MentorMeetingView book(Caller caller, String participantId, NewMentorMeeting meeting) {
        requireMentorOf(caller, participantId);
        List<FieldProblem> problems = new ArrayList<>();
        MeetingChecks.check(problems, "", meeting, clock.instant());
        FieldChecks.throwIfAny(problems);
        return booked(caller, participantId, meeting);
    }

    /** The meetings the calling mentor booked with the participant, soonest first. */
    @Transactional(readOnly = true)
    public List<MentorMeetingView> mine(Caller caller, String participantId) {
        requireMentorOf(caller, participantId);
        audit.read(caller, participantId, DataKind.CHECK_INS);
        Map<String, MentorMeeting> modes = meetings.findByParticipantIdAndMentorId(participantId, caller.userId())
                .stream().collect(Collectors.toMap(MentorMeeting::appointmentId, Function.identity()));
        return appointments.mentorMeetingsBookedBy(caller, participantId).stream()
                .map(a -> new MentorMeetingView(a, modes.containsKey(a.id()) ? modes.get(a.id()).mode()
                        : MeetingMode.IN_PERSON))
                .toList();
    }

    /** Books a meeting already checked, in the caller's transaction (a check-in's "next meeting"). */
    MentorMeetingView booked(Caller caller, String participantId, NewMentorMeeting meeting) {
        AppointmentView appointment = appointments.bookMentorMeeting(caller, participantId, meeting.startsAt(),
                meeting.durationMinutes(), FieldChecks.trimmed(meeting.place()), null);
        meetings.save(new MentorMeeting(appointment.id(), caller.organisationId(), participantId, caller.userId(),
                meeting.mode(), clock.instant()));
        return new MentorMeetingView(appointment, meeting.mode());
    }

    private void requireMentorOf(Caller caller, String participantId) {
        access.participantVisibleTo(caller, participantId);
        if (!caller.is(Role.MENTOR)) {
            throw DomainException.forbidden();
        }
    }
}
