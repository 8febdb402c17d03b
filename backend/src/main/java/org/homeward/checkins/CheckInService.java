package org.homeward.checkins;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.appointments.AppointmentService;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.DataKind;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.common.DomainException;
import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;
import org.homeward.common.Ids;
import org.homeward.common.LifeDomain;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Check-ins. A matched mentor logs them (and may raise a concern and plan the next meeting at the
 * same time) and reads only their own. Assigned caseworkers read every check-in's facts, and a note
 * only when its author shared it and the participant shares check-in notes with them. The
 * participant records their own (mood and a short note) and sees the facts of the others about
 * them. An organisation admin sees none. Reads by others are audited.
 */
@Singleton
public class CheckInService {

    static final int MENTOR_NOTE_MAX = 2000;
    static final int SELF_NOTE_MAX = 280;
    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 600;
    static final int MOOD_MIN = 1;
    static final int MOOD_MAX = 5;
    /** A phone's clock may run a little ahead; a check-in further in the future is a mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final CheckInRepository checkIns;
    private final UserAccountRepository users;
    private final ParticipantAccess access;
    private final AuditTrail audit;
    private final ConcernService concerns;
    private final MentorMeetingService meetings;
    private final AppointmentService appointments;
    private final Clock clock;

    public CheckInService(CheckInRepository checkIns, UserAccountRepository users, ParticipantAccess access,
                          AuditTrail audit, ConcernService concerns, MentorMeetingService meetings,
                          AppointmentService appointments, Clock clock) {
        this.checkIns = checkIns;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.concerns = concerns;
        this.meetings = meetings;
        this.appointments = appointments;
        this.clock = clock;
    }

    /** What logging a check-in stored: the check-in, and the concern and next meeting when there were any. */
    @io.micronaut.serde.annotation.Serdeable
    public record Logged(CheckInView checkIn, @io.micronaut.core.annotation.Nullable ConcernView concern,
                         @io.micronaut.core.annotation.Nullable MentorMeetingView nextMeeting) {
    }

    /** A matched mentor logs a check-in; anyone else who may see the participant is told "not allowed". */
    @Transactional
    public Logged log(Caller caller, String participantId, NewCheckIn command) {
        UserAccount participant = access.participantVisibleTo(caller, participantId);
        if (!caller.is(Role.MENTOR)) {
            throw DomainException.forbidden();
        }
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        Instant occurredAt = command.occurredAt() == null ? now : command.occurredAt();
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("occurredAt", "checkIn.inFuture"));
        }
        if (command.mode() == null) {
            problems.add(new FieldProblem("mode", "field.required"));
        }
        if (command.durationMinutes() != null
                && (command.durationMinutes() < MIN_MINUTES || command.durationMinutes() > MAX_MINUTES)) {
            problems.add(new FieldProblem("durationMinutes", "checkIn.duration",
                    Map.of("min", MIN_MINUTES, "max", MAX_MINUTES)));
        }
        checkMood(problems, command.mood());
        String domains = domains(problems, command.domains());
        String note = FieldChecks.trimmed(command.note());
        FieldChecks.checkLength(problems, "note", note, MENTOR_NOTE_MAX);
        if (command.concern() != null) {
            ConcernService.check(problems, "concern.", command.concern());
        }
        if (command.nextMeeting() != null) {
            MeetingChecks.check(problems, "nextMeeting.", command.nextMeeting(), now);
        }
        FieldChecks.throwIfAny(problems);

        audit.changed(caller, participantId, DataKind.CHECK_INS);
        String meetingId = FieldChecks.trimmed(command.meetingId());
        if (meetingId != null) {
            appointments.mentorMeetingHeld(caller, participantId, meetingId);
        }
        CheckIn stored = checkIns.save(new CheckIn(Ids.newId(), participant.organisationId(), participantId,
                caller.userId(), false, occurredAt, command.mode(), command.durationMinutes(), command.mood(), domains,
                command.inControl(), note, note != null && Boolean.TRUE.equals(command.shareNoteWithCaseworker()), meetingId, now));
        ConcernView concern = null;
        if (command.concern() != null) {
            concern = concerns.raise(caller, participant, stored.id(), command.concern());
        }
        MentorMeetingView next = command.nextMeeting() == null ? null
                : meetings.booked(caller, participantId, command.nextMeeting());
        return new Logged(view(stored, true), concern, next);
    }

    /** The participant's own check-in: mood, and a short note if they want. Participants only. */
    @Transactional
    public CheckInView selfCheckIn(Caller caller, Integer mood, String note) {
        if (!caller.is(Role.PARTICIPANT)) {
            throw DomainException.forbidden();
        }
        UserAccount participant = access.participantVisibleTo(caller, caller.userId());
        List<FieldProblem> problems = new ArrayList<>();
        checkMood(problems, mood);
        String text = FieldChecks.trimmed(note);
        FieldChecks.checkLength(problems, "note", text, SELF_NOTE_MAX);
        FieldChecks.throwIfAny(problems);
        Instant now = clock.instant();
        CheckIn stored = checkIns.save(new CheckIn(Ids.newId(), participant.organisationId(), participant.id(),
                participant.id(), true, now, null, null, mood, null, null, text, false, null, now));
        return CheckInView.of(stored, participant.displayName(), true);
    }

    /** The check-ins about the calling participant, newest first: facts of the mentors', their own notes. */
    @Transactional(readOnly = true)
    public List<CheckInView> mine(Caller caller) {
        if (!caller.is(Role.PARTICIPANT)) {
            throw DomainException.forbidden();
        }
        return checkInsOf(caller, caller.userId());
    }

    /**
     * A participant's check-ins, newest first, as the caller may see them (see the class comment).
     * 404 when the caller may not see the participant; 403 for an organisation admin.
     */
    @Transactional(readOnly = true)
    public List<CheckInView> checkInsOf(Caller caller, String participantId) {
        UserAccount participant = access.participantVisibleTo(caller, participantId);
        return switch (caller.role()) {
            case ORG_ADMIN -> throw DomainException.forbidden();
            case PARTICIPANT -> views(checkIns.findByParticipantIdOrderByOccurredAtDesc(participantId),
                    CheckIn::selfCheckIn);
            case MENTOR -> {
                audit.read(caller, participantId, DataKind.CHECK_INS);
                yield views(checkIns.findByParticipantIdAndAuthorIdOrderByOccurredAtDesc(participantId,
                        caller.userId()), c -> true);
            }
            case CASEWORKER -> {
                audit.read(caller, participantId, DataKind.CHECK_INS);
                boolean notesShared = access.sharingWith(caller, participant).checkInNotes();
                yield views(checkIns.findByParticipantIdOrderByOccurredAtDesc(participantId),
                        c -> notesShared && (c.selfCheckIn() || c.noteShared()));
            }
        };
    }

    /**
     * For the caseworker's dashboard, which has already decided whose rows it shows: when each
     * participant's last mentor check-in took place (one query); absent for someone never checked in with.
     */
    @Transactional(readOnly = true)
    public Map<String, Instant> lastCheckInDates(Collection<String> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        return checkIns.lastMentorCheckIns(participantIds).stream()
                .collect(Collectors.toMap(LastCheckIn::participantId, LastCheckIn::lastAt));
    }

    private static void checkMood(List<FieldProblem> problems, Integer mood) {
        if (mood == null) {
            problems.add(new FieldProblem("mood", "field.required"));
        } else if (mood < MOOD_MIN || mood > MOOD_MAX) {
            problems.add(new FieldProblem("mood", "checkIn.mood", Map.of("min", MOOD_MIN, "max", MOOD_MAX)));
        }
    }

    /** The domains as stored (comma-separated names, each once), or a problem for an unknown one. */
    private static String domains(List<FieldProblem> problems, List<String> names) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        Set<LifeDomain> domains = new LinkedHashSet<>();
        for (String name : names) {
            try {
                domains.add(LifeDomain.valueOf(name == null ? "" : name.trim()));
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("domains", "checkIn.domainUnknown"));
                return null;
            }
        }
        return domains.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private CheckInView view(CheckIn checkIn, boolean withNote) {
        return views(List.of(checkIn), c -> withNote).get(0);
    }

    private List<CheckInView> views(List<CheckIn> found, java.util.function.Predicate<CheckIn> noteVisible) {
        List<String> authors = found.stream().map(CheckIn::authorId).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!authors.isEmpty()) {
            users.findByIdInList(authors).forEach(user -> names.put(user.id(), user.displayName()));
        }
        return found.stream().map(c -> CheckInView.of(c, names.getOrDefault(c.authorId(), ""), noteVisible.test(c)))
                .toList();
    }
}
