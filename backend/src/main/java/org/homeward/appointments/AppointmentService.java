package org.homeward.appointments;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.audit.DataKind;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.common.DomainException;
import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;
import org.homeward.common.Ids;
import org.homeward.common.PhoneNumbers;
import org.homeward.common.ProblemKind;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Appointments: caseworkers book, change, cancel and record what happened; the participant answers
 * whether they will be there; a matched mentor sees the times only.
 */
@Singleton
public class AppointmentService {

    static final int ATTENDANCE_DAYS = 90;
    private static final int TEXT_MAX = 200;
    private static final int LONG_TEXT_MAX = 500;
    private static final int DIRECTIONS_MAX = 1000;

    private final AppointmentRepository appointments;
    private final ParticipantAccess access;
    private final PhoneNumbers phones;
    private final AppointmentNotifications notifications;
    private final Clock clock;

    public AppointmentService(AppointmentRepository appointments, ParticipantAccess access, PhoneNumbers phones,
                              AppointmentNotifications notifications, Clock clock) {
        this.appointments = appointments;
        this.access = access;
        this.phones = phones;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AppointmentView> appointmentsOf(Caller caller, String participantId) {
        boolean details = access.readingShared(caller, participantId, DataKind.APPOINTMENTS).sharing()
                .appointmentDetails();
        return appointments.findByParticipantIdAndDeletedAtIsNullOrderByStartsAt(participantId).stream()
                .map(a -> viewed(a, caller, details)).toList();
    }

    @Transactional(readOnly = true)
    public AppointmentView appointment(Caller caller, String appointmentId) {
        Appointment appointment = found(appointmentId);
        return viewed(appointment, caller, access.readingShared(caller, appointment.participantId(),
                DataKind.APPOINTMENTS).sharing().appointmentDetails());
    }

    /** Appointments from the start of the participant's today until {@code days} days later. */
    @Connectable
    public List<AppointmentView> upcoming(Caller caller, UserAccount participant, int days) {
        ZoneId zone = ZoneId.of(participant.timeZone());
        Instant from = LocalDate.ofInstant(clock.instant(), zone).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.ofInstant(clock.instant(), zone).plusDays(days + 1L).atStartOfDay(zone).toInstant();
        return appointments.findByParticipantIdAndDeletedAtIsNullAndStartsAtBetweenOrderByStartsAt(participant.id(),
                from, to).stream().map(a -> viewed(a, caller, seesDetails(caller, participant))).toList();
    }

    @Transactional
    public AppointmentView book(Caller caller, String participantId, NewAppointment command) {
        UserAccount participant = requireCaseworkerFor(caller, participantId);
        AppointmentDetails details = check(command, participant, true);
        Instant now = clock.instant();
        Appointment booked = stored(appointments.save(newAppointment(participant, details, caller, now)));
        notifications.booked(booked, participant);
        return AppointmentView.of(booked, true);
    }

    @Transactional
    public AppointmentView change(Caller caller, String appointmentId, NewAppointment command) {
        Appointment appointment = found(appointmentId);
        UserAccount participant = requireCaseworkerFor(caller, appointment.participantId());
        requireBooked(appointment);
        AppointmentDetails details = check(command, participant, !appointment.startsAt().equals(command.startsAt()));
        Appointment changed = stored(appointments.update(appointment.withDetails(details, clock.instant())));
        notifications.changed(appointment, changed, participant);
        return AppointmentView.of(changed, true);
    }

    /** Cancels a booked appointment; it stays in the history (and in attendance) as cancelled. */
    @Transactional
    public AppointmentView cancel(Caller caller, String appointmentId) {
        Appointment appointment = found(appointmentId);
        UserAccount participant = requireCaseworkerFor(caller, appointment.participantId());
        if (appointment.status() == AppointmentStatus.CANCELLED) {
            return AppointmentView.of(appointment, true);
        }
        requireBooked(appointment);
        Appointment cancelled = stored(appointments.update(
                appointment.concluded(AppointmentStatus.CANCELLED, null, clock.instant())));
        notifications.cancelled(cancelled, participant);
        return AppointmentView.of(cancelled, true);
    }

    /** The participant says they will be there, or that they need a change (with a short reason). */
    @Transactional
    public AppointmentView respond(Caller caller, String appointmentId, ParticipantResponse response, String reason) {
        Appointment appointment = visible(caller, appointmentId);
        if (!caller.is(Role.PARTICIPANT)) {
            throw DomainException.forbidden();
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (response == null) {
            problems.add(new FieldProblem("response", "field.required"));
        }
        String trimmed = FieldChecks.trimmed(reason);
        if (response == ParticipantResponse.NEEDS_CHANGE && trimmed == null) {
            problems.add(new FieldProblem("reason", "appointment.reasonRequired"));
        }
        FieldChecks.checkLength(problems, "reason", trimmed, LONG_TEXT_MAX);
        FieldChecks.throwIfAny(problems);
        requireBooked(appointment);
        if (response == appointment.response() && java.util.Objects.equals(trimmed, appointment.responseReason())) {
            return AppointmentView.of(appointment, true);
        }
        return AppointmentView.of(stored(appointments.update(appointment.answered(response, trimmed, clock.instant()))),
                true);
    }

    /**
     * Records what happened. Rescheduling books the new appointment (details from {@code newAppointment})
     * and links the old one to it.
     */
    @Transactional
    public AppointmentView recordOutcome(Caller caller, String appointmentId, Outcome outcome,
                                         NewAppointment newAppointment) {
        Appointment appointment = found(appointmentId);
        UserAccount participant = requireCaseworkerFor(caller, appointment.participantId());
        requireBooked(appointment);
        if (outcome == null) {
            throw DomainException.invalidField("outcome", "field.required");
        }
        if ((outcome == Outcome.ATTENDED || outcome == Outcome.MISSED) && appointment.startsAt().isAfter(clock.instant())) {
            throw DomainException.invalidField("outcome", "appointment.notYetHappened");
        }
        Instant now = clock.instant();
        String linked = null;
        if (outcome == Outcome.RESCHEDULED) {
            if (newAppointment == null) {
                throw DomainException.invalidField("newAppointment", "field.required");
            }
            NewAppointment merged = fillFrom(appointment, newAppointment);
            Appointment next = appointments.save(newAppointment(participant, check(merged, participant, true), caller,
                    now));
            linked = next.id();
            notifications.booked(next, participant);
        }
        Appointment concluded = stored(appointments.update(appointment.concluded(outcome.status(), linked, now)));
        notifications.concluded(concluded);
        return AppointmentView.of(concluded, true);
    }

    /** Kept and missed per category in the last 90 days, and whether one kind is being missed. */
    @Transactional(readOnly = true)
    public Attendance attendance(Caller caller, String participantId) {
        if (caller.is(Role.MENTOR)) {
            throw DomainException.forbidden();
        }
        access.reading(caller, participantId, DataKind.APPOINTMENTS);
        return attendanceOf(participantId);
    }

    @Transactional(readOnly = true)
    public Attendance attendanceOf(String participantId) {
        Instant since = clock.instant().minus(Duration.ofDays(ATTENDANCE_DAYS));
        Map<AppointmentCategory, int[]> counts = new EnumMap<>(AppointmentCategory.class);
        for (Appointment a : appointments.findByParticipantIdAndDeletedAtIsNullAndStartsAtBetweenOrderByStartsAt(
                participantId, since, clock.instant())) {
            int[] keptMissed = counts.computeIfAbsent(a.category(), c -> new int[2]);
            if (a.status() == AppointmentStatus.FULFILLED) {
                keptMissed[0]++;
            } else if (a.status() == AppointmentStatus.NOSHOW) {
                keptMissed[1]++;
            }
        }
        List<Attendance.CategoryAttendance> categories = new ArrayList<>();
        counts.forEach((category, c) -> {
            if (c[0] + c[1] > 0) {
                categories.add(new Attendance.CategoryAttendance(category, c[0], c[1]));
            }
        });
        boolean missesOneKind = categories.stream().anyMatch(c -> c.missed() > 0 && c.kept() == 0);
        boolean keepsAnother = categories.stream().anyMatch(c -> c.kept() > 0);
        return new Attendance(ATTENDANCE_DAYS, categories, missesOneKind && keepsAnother);
    }

    @Transactional(readOnly = true)
    public long missedRecently(String participantId) {
        return appointments.countByParticipantIdAndStatusAndDeletedAtIsNullAndStartsAtGreaterThanEquals(participantId,
                AppointmentStatus.NOSHOW, clock.instant().minus(Duration.ofDays(ATTENDANCE_DAYS)));
    }

    @Transactional(readOnly = true)
    public List<AppointmentView> changedSince(Caller caller, String participantId, Instant since) {
        boolean details = access.readingShared(caller, participantId, DataKind.APPOINTMENTS).sharing()
                .appointmentDetails();
        return appointments.findByParticipantIdAndUpdatedAtGreaterThanEquals(participantId, since).stream()
                .map(a -> viewed(a, caller, details)).toList();
    }

    private Appointment newAppointment(UserAccount participant, AppointmentDetails details, Caller caller,
                                       Instant now) {
        return new Appointment(Ids.newId(), participant.organisationId(), participant.id(), details.category(),
                details.conditionOfRelease(), details.startsAt(), details.timeZone(), details.durationMinutes(),
                details.placeName(), details.address(), details.directions(), details.contactPhone(),
                details.interpreterLanguage(), details.accompaniedBy(), details.whatToBring(), AppointmentStatus.BOOKED,
                null, null, null, null, null, caller.userId(), now, now, null);
    }

    /** A rescheduled appointment keeps what the caseworker does not change. */
    private static NewAppointment fillFrom(Appointment old, NewAppointment change) {
        return new NewAppointment(
                change.category() == null ? old.category() : change.category(),
                change.conditionOfRelease() == null ? old.conditionOfRelease() : change.conditionOfRelease(),
                change.startsAt(),
                change.timeZone() == null ? old.timeZone() : change.timeZone(),
                change.durationMinutes() == null ? old.durationMinutes() : change.durationMinutes(),
                change.placeName() == null ? old.placeName() : change.placeName(),
                change.address() == null ? old.address() : change.address(),
                change.directions() == null ? old.directions() : change.directions(),
                change.contactPhone() == null ? old.contactPhone() : change.contactPhone(),
                change.interpreterLanguage() == null ? old.interpreterLanguage() : change.interpreterLanguage(),
                change.accompaniedBy() == null ? old.accompaniedBy() : change.accompaniedBy(),
                change.whatToBring() == null ? old.whatToBring() : change.whatToBring());
    }

    private AppointmentDetails check(NewAppointment command, UserAccount participant, boolean startMustBeFuture) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.category() == null) {
            problems.add(new FieldProblem("category", "field.required"));
        }
        if (command.startsAt() == null) {
            problems.add(new FieldProblem("startsAt", "field.required"));
        } else if (startMustBeFuture && command.startsAt().isBefore(clock.instant())) {
            problems.add(new FieldProblem("startsAt", "appointment.startInPast"));
        }
        String zone = command.timeZone() == null || command.timeZone().isBlank()
                ? participant.timeZone() : command.timeZone().trim();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            problems.add(new FieldProblem("timeZone", "timeZone.invalid"));
        }
        int duration = command.durationMinutes() == null ? 60 : command.durationMinutes();
        if (duration < 5 || duration > 720) {
            problems.add(new FieldProblem("durationMinutes", "appointment.duration", Map.of("min", 5, "max", 720)));
        }
        String phone = phones.checked(problems, "contactPhone", command.contactPhone(), false);
        String interpreter = FieldChecks.trimmed(command.interpreterLanguage());
        if (interpreter != null && !isLanguageTag(interpreter)) {
            problems.add(new FieldProblem("interpreterLanguage", "language.unknown"));
        }
        FieldChecks.checkLength(problems, "placeName", command.placeName(), TEXT_MAX);
        FieldChecks.checkLength(problems, "address", command.address(), LONG_TEXT_MAX);
        FieldChecks.checkLength(problems, "directions", command.directions(), DIRECTIONS_MAX);
        FieldChecks.checkLength(problems, "accompaniedBy", command.accompaniedBy(), TEXT_MAX);
        FieldChecks.checkLength(problems, "whatToBring", command.whatToBring(), LONG_TEXT_MAX);
        FieldChecks.throwIfAny(problems);
        return new AppointmentDetails(command.category(), Boolean.TRUE.equals(command.conditionOfRelease()),
                command.startsAt(), zone, duration, FieldChecks.trimmed(command.placeName()), FieldChecks.trimmed(command.address()),
                FieldChecks.trimmed(command.directions()), phone, interpreter, FieldChecks.trimmed(command.accompaniedBy()),
                FieldChecks.trimmed(command.whatToBring()));
    }

    /**
     * The row as the database keeps it: a column may hold less of an instant than was written
     * (microseconds, or whole seconds with MySQL Connector/J on MariaDB 10), and the answer to a
     * write must match every later read of it.
     */
    private Appointment stored(Appointment written) {
        return appointments.findById(written.id()).orElse(written);
    }

    /** An appointment the caller is about to change (the change is recorded with it). */
    private Appointment visible(Caller caller, String appointmentId) {
        Appointment appointment = found(appointmentId);
        access.changing(caller, appointment.participantId(), DataKind.APPOINTMENTS);
        return appointment;
    }

    private Appointment found(String appointmentId) {
        return appointments.findByIdAndDeletedAtIsNull(appointmentId).orElseThrow(DomainException::notFound);
    }

    private UserAccount requireCaseworkerFor(Caller caller, String participantId) {
        UserAccount participant = access.changing(caller, participantId, DataKind.APPOINTMENTS);
        if (!caller.is(Role.CASEWORKER)) {
            throw DomainException.forbidden();
        }
        return participant;
    }

    private static void requireBooked(Appointment appointment) {
        if (appointment.status() != AppointmentStatus.BOOKED) {
            throw new DomainException(ProblemKind.CONFLICT, "appointment.alreadyConcluded");
        }
    }

    /** Whoever booked an appointment (a mentor their meeting) sees what they wrote, whatever else is shared. */
    private static AppointmentView viewed(Appointment appointment, Caller caller, boolean details) {
        return AppointmentView.of(appointment, details || appointment.createdBy().equals(caller.userId()));
    }

    /** Times only, or everything: as the participant shares their appointments with the caller. */
    private boolean seesDetails(Caller caller, UserAccount participant) {
        return access.sharingWith(caller, participant).appointmentDetails();
    }

    private static boolean isLanguageTag(String tag) {
        try {
            return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException malformed) {
            return false;
        }
    }

    // --- Mentor meetings (check-ins feature: org.homeward.checkins) ---------------------------

    /**
     * The matched mentor books their next meeting with the participant. It is the mentor's own
     * meeting, so it needs no consent to see the participant's appointments; both are reminded.
     */
    @Transactional
    public AppointmentView bookMentorMeeting(Caller caller, String participantId, Instant startsAt,
                                             Integer durationMinutes, String placeName, String address) {
        UserAccount participant = access.changing(caller, participantId, DataKind.CHECK_INS);
        if (!caller.is(Role.MENTOR)) {
            throw DomainException.forbidden();
        }
        AppointmentDetails details = check(new NewAppointment(AppointmentCategory.MENTOR_MEETING, false, startsAt,
                null, durationMinutes, placeName, address, null, null, null, null, null), participant, true);
        Appointment booked = stored(appointments.save(newAppointment(participant, details, caller, clock.instant())));
        notifications.booked(booked, participant);
        return AppointmentView.of(booked, true);
    }

    /** The meetings this mentor booked with the participant, in full whatever the participant shares. */
    @Transactional(readOnly = true)
    public List<AppointmentView> mentorMeetingsBookedBy(Caller caller, String participantId) {
        access.participantVisibleTo(caller, participantId);
        return appointments.findByParticipantIdAndDeletedAtIsNullOrderByStartsAt(participantId).stream()
                .filter(a -> a.category() == AppointmentCategory.MENTOR_MEETING
                        && a.createdBy().equals(caller.userId()))
                .map(a -> AppointmentView.of(a, true)).toList();
    }

    /**
     * A check-in was logged for this mentor meeting: it took place. Called in the check-in's
     * transaction by the mentor who logs it.
     *
     * @throws DomainException a field problem on {@code meetingId} when it is no mentor meeting of the participant
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void mentorMeetingHeld(Caller caller, String participantId, String appointmentId) {
        access.participantVisibleTo(caller, participantId);
        Appointment meeting = appointments.findByIdAndDeletedAtIsNull(appointmentId)
                .filter(a -> a.participantId().equals(participantId)
                        && a.category() == AppointmentCategory.MENTOR_MEETING)
                .orElseThrow(() -> DomainException.invalidField("meetingId", "checkIn.meetingUnknown"));
        if (meeting.status() == AppointmentStatus.BOOKED) {
            notifications.concluded(appointments.update(
                    meeting.concluded(AppointmentStatus.FULFILLED, null, clock.instant())));
        }
    }
}
