package org.homeward.today;

import io.micronaut.serde.annotation.Serdeable;
import org.homeward.appointments.AppointmentView;
import org.homeward.tasks.TaskView;

import java.util.List;

/** Tasks and appointments changed since a cursor (deleted ones marked), and the cursor to ask from next time. */
@Serdeable
public record Changes(List<TaskView> tasks, List<AppointmentView> appointments, String nextCursor) {
}
