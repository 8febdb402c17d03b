package org.homeward.appointments;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Kept and missed appointments per category over the last {@code days} days. {@code missingOneKind}
 * marks the pattern caseworkers look for: missing one kind of appointment while keeping others.
 */
@Serdeable
public record Attendance(int days, List<CategoryAttendance> categories, boolean missingOneKind) {

    @Serdeable
    public record CategoryAttendance(AppointmentCategory category, int kept, int missed) {
    }
}
