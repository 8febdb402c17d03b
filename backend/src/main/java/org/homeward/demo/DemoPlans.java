package org.homeward.demo;

import org.homeward.appointments.Appointment;
import org.homeward.appointments.AppointmentCategory;
import org.homeward.appointments.AppointmentRepository;
import org.homeward.appointments.AppointmentStatus;
import org.homeward.common.Ids;
import org.homeward.people.UserAccount;
import org.homeward.tasks.Task;
import org.homeward.tasks.TaskRepository;
import org.homeward.tasks.TaskStatus;
import org.homeward.tasks.TaskTemplateCatalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A few tasks and appointments for the demo participants, so their day is not empty. */
final class DemoPlans {

    private final TaskRepository tasks;
    private final AppointmentRepository appointments;
    private final String caseworkerId;
    private final Instant now;
    private final TaskTemplateCatalogue catalogue;

    DemoPlans(TaskRepository tasks, AppointmentRepository appointments, TaskTemplateCatalogue catalogue,
              String caseworkerId, Instant now) {
        this.tasks = tasks;
        this.catalogue = catalogue;
        this.appointments = appointments;
        this.caseworkerId = caseworkerId;
        this.now = now;
    }

    void task(UserAccount participant, String templateKey, LocalDate due) {
        tasks.save(new Task(Ids.newId(), participant.organisationId(), participant.id(), catalogue.find(templateKey).orElseThrow().domain(),
                templateKey, null, null, null, null, due, TaskStatus.OPEN, null, caseworkerId, now, now, null, null));
    }

    void appointment(UserAccount participant, AppointmentCategory category, boolean condition, LocalDate day, int hour,
                     int minute, String place) {
        ZoneId zone = ZoneId.of(participant.timeZone());
        appointments.save(new Appointment(Ids.newId(), participant.organisationId(), participant.id(), category, condition,
                day.atTime(hour, minute).atZone(zone).toInstant(), participant.timeZone(), 60, place, "1 River Street",
                null, "+442079460000", null, null, null, AppointmentStatus.BOOKED, null, null, null, null, null,
                caseworkerId, now, now, null));
    }
}
