package org.homeward.calendar;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.homeward.appointments.Appointment;
import org.homeward.appointments.AppointmentCategory;
import org.homeward.appointments.AppointmentRepository;
import org.homeward.appointments.AppointmentStatus;
import org.homeward.common.Ids;
import org.homeward.people.UserAccount;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Appointments written straight to the table, past ones included (booking through the API refuses
 * a start in the past): {@code appointments.of(participant).at(when).category(COURT).build()}.
 */
@Singleton
@Requires(env = Environment.TEST)
class AppointmentsOnFile {

    private final AppointmentRepository appointments;

    AppointmentsOnFile(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    Builder of(UserAccount participant) {
        return new Builder(participant);
    }

    final class Builder {
        private final UserAccount participant;
        private Instant startsAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        private String timeZone = "Europe/London";
        private int durationMinutes = 60;
        private AppointmentCategory category = AppointmentCategory.PROBATION;
        private AppointmentStatus status = AppointmentStatus.BOOKED;
        private String placeName = "Riverside Centre";
        private String address = "12 High Street, Leeds LS1 4AB";
        private String whatToBring;
        private String interpreterLanguage;
        private String accompaniedBy;
        private boolean deleted;

        private Builder(UserAccount participant) {
            this.participant = participant;
        }

        Builder at(ZonedDateTime start) {
            this.startsAt = start.toInstant();
            this.timeZone = start.getZone().getId();
            return this;
        }

        Builder at(Instant start, String zone) {
            this.startsAt = start.truncatedTo(ChronoUnit.MINUTES);
            this.timeZone = zone;
            return this;
        }

        Builder lasting(int minutes) {
            this.durationMinutes = minutes;
            return this;
        }

        Builder category(AppointmentCategory value) {
            this.category = value;
            return this;
        }

        Builder status(AppointmentStatus value) {
            this.status = value;
            return this;
        }

        Builder place(String name, String street) {
            this.placeName = name;
            this.address = street;
            return this;
        }

        Builder bring(String what) {
            this.whatToBring = what;
            return this;
        }

        Builder interpreter(String languageTag) {
            this.interpreterLanguage = languageTag;
            return this;
        }

        Builder accompaniedBy(String who) {
            this.accompaniedBy = who;
            return this;
        }

        Builder deleted() {
            this.deleted = true;
            return this;
        }

        Appointment build() {
            Instant now = Instant.now();
            return appointments.save(new Appointment(Ids.newId(), participant.organisationId(), participant.id(),
                    category, false, startsAt, timeZone, durationMinutes, placeName, address, null, null,
                    interpreterLanguage, accompaniedBy, whatToBring, status, null, null, null, null, null,
                    participant.id(), now, now, deleted ? now : null));
        }
    }
}
