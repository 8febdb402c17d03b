package org.homeward.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.appointments.AppointmentCategory;

import java.time.LocalDate;
import java.util.Map;

/**
 * One participant on a caseworker's dashboard: what may need them, as prompts for a conversation,
 * never a score. Counts the participant does not share with the caseworker stay empty (null).
 *
 * @param escalatedHelp     requests for help still open after they escalated
 * @param openHelp          requests for help not yet resolved (escalated ones included)
 * @param missedAppointments missed appointments in the last 90 days, by category
 * @param missingOneKind    missing one kind of appointment while keeping others, in those 90 days
 * @param lastContact       the day of the newest check-in, mentor's or self, if any
 * @param noRecentContact   no check-in for the organisation's number of days (or never)
 * @param releaseDate       set when release is within the next 30 days
 */
@Serdeable
public record DashboardRow(
        String participantId,
        String displayName,
        int escalatedHelp,
        int openHelp,
        int openConcerns,
        @Nullable Map<AppointmentCategory, Integer> missedAppointments,
        boolean missingOneKind,
        @Nullable Integer overdueTasks,
        @Nullable LocalDate lastContact,
        @Nullable Integer daysSinceContact,
        boolean noRecentContact,
        @Nullable LocalDate releaseDate) {

    int missedTotal() {
        return missedAppointments == null ? 0 : missedAppointments.values().stream().mapToInt(Integer::intValue).sum();
    }

    int overdue() {
        return overdueTasks == null ? 0 : overdueTasks;
    }
}
