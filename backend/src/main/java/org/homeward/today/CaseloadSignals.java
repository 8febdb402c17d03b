package org.homeward.today;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.Attendance;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;
import org.homeward.tasks.TaskService;

/**
 * What a caseload list marks beside a name: overdue tasks, missed appointments, and the pattern of
 * missing one kind of appointment while keeping others. Prompts for a conversation, never a score.
 */
@Singleton
public class CaseloadSignals {

    private final TaskService tasks;
    private final AppointmentService appointments;
    private final ParticipantAccess access;

    public CaseloadSignals(TaskService tasks, AppointmentService appointments, ParticipantAccess access) {
        this.tasks = tasks;
        this.appointments = appointments;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Signals of(Caller caller, String participantId) {
        UserAccount participant = access.participantVisibleTo(caller, participantId);
        Attendance attendance = appointments.attendanceOf(participantId);
        return new Signals(tasks.overdueCount(participant), appointments.missedRecently(participantId),
                attendance.missingOneKind());
    }

    @Serdeable
    public record Signals(long overdueTasks, long missedAppointments, boolean missingOneKind) {
    }
}
