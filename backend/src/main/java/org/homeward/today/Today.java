package org.homeward.today;

import io.micronaut.serde.annotation.Serdeable;
import org.homeward.appointments.AppointmentView;
import org.homeward.tasks.TaskView;

import java.time.LocalDate;
import java.util.List;

/** What a participant needs to see first: tasks due now, today's appointments, the week ahead, and badge counts. */
@Serdeable
public record Today(
        LocalDate date,
        String timeZone,
        List<TaskView> tasks,
        List<AppointmentView> appointmentsToday,
        List<AppointmentView> appointmentsNext7Days,
        Counts counts) {

    @Serdeable
    public record Counts(int overdueTasks, int tasksDueToday, int appointmentsToday) {
    }
}
