package org.homeward.today;

import io.micronaut.serde.annotation.Serdeable;
import org.homeward.appointments.AppointmentView;
import org.homeward.contacts.CrisisContacts;
import org.homeward.tasks.TaskView;

import java.util.List;

/**
 * Tasks and appointments changed since a cursor (deleted ones marked), the participant's crisis
 * contacts in full (a short list, so the phone replaces its copy each time and can call with no
 * connection), and the cursor to ask from next time.
 */
@Serdeable
public record Changes(List<TaskView> tasks, List<AppointmentView> appointments, CrisisContacts crisisContacts,
                      String nextCursor) {
}
