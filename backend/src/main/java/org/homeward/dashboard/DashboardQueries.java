package org.homeward.dashboard;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.homeward.appointments.AppointmentCategory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dashboard's reads: one grouped query per signal for the whole caseload, whatever its size,
 * instead of a handful per participant. Runs in the caller's transaction.
 */
@Singleton
class DashboardQueries {

    record HelpCounts(int open, int escalated) {
    }

    private final JdbcOperations jdbc;

    DashboardQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, HelpCounts> activeHelp(List<String> participantIds) {
        Map<String, HelpCounts> counts = new HashMap<>();
        query("SELECT participant_id, SUM(CASE WHEN status = 'OPEN' AND escalation_level > 0 THEN 1 ELSE 0 END), "
                        + "COUNT(*) FROM help_requests WHERE status IN ('OPEN', 'ACKNOWLEDGED') AND participant_id IN ("
                        + marks(participantIds) + ") GROUP BY participant_id",
                participantIds, List.of(), rows -> counts.put(rows.getString(1),
                        new HelpCounts(rows.getInt(3), rows.getInt(2))));
        return counts;
    }

    /** Kept (FULFILLED) and missed (NOSHOW) appointments since then, per participant and category. */
    Map<String, Attendance> attendanceSince(List<String> participantIds, Instant since) {
        Map<String, Attendance> attendance = new HashMap<>();
        query("SELECT participant_id, category, status, COUNT(*) FROM appointments WHERE status IN ('NOSHOW', 'FULFILLED') "
                        + "AND deleted_at IS NULL AND starts_at >= ? AND participant_id IN (" + marks(participantIds)
                        + ") GROUP BY participant_id, category, status",
                participantIds, List.of(Timestamp.from(since)), rows -> attendance
                        .computeIfAbsent(rows.getString(1), id -> new Attendance(
                                new EnumMap<>(AppointmentCategory.class), new EnumMap<>(AppointmentCategory.class)))
                        .add(AppointmentCategory.valueOf(rows.getString(2)), "NOSHOW".equals(rows.getString(3)),
                                rows.getInt(4)));
        return attendance;
    }

    record Attendance(Map<AppointmentCategory, Integer> kept, Map<AppointmentCategory, Integer> missed) {

        void add(AppointmentCategory category, boolean wasMissed, int count) {
            (wasMissed ? missed : kept).put(category, count);
        }

        /** Missing one kind of appointment while keeping another: worth a conversation. */
        boolean missingOneKind() {
            return !kept.isEmpty() && missed.keySet().stream().anyMatch(category -> !kept.containsKey(category));
        }
    }

    /** Open tasks due on or before {@code latest}, per participant: the caller compares each with the participant's own today. */
    Map<String, List<LocalDate>> openDueDates(List<String> participantIds, LocalDate latest) {
        Map<String, List<LocalDate>> due = new HashMap<>();
        query("SELECT participant_id, due_date FROM tasks WHERE status = 'OPEN' AND deleted_at IS NULL "
                        + "AND due_date <= ? AND participant_id IN (" + marks(participantIds) + ")",
                participantIds, List.of(java.sql.Date.valueOf(latest)), rows -> due
                        .computeIfAbsent(rows.getString(1), id -> new java.util.ArrayList<>())
                        .add(rows.getDate(2).toLocalDate()));
        return due;
    }

    Map<String, LocalDate> releasesBetween(List<String> participantIds, LocalDate from, LocalDate to) {
        Map<String, LocalDate> releases = new HashMap<>();
        query("SELECT user_id, release_date FROM participant_profiles WHERE release_date BETWEEN ? AND ? "
                        + "AND user_id IN (" + marks(participantIds) + ")",
                participantIds, List.of(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)),
                rows -> releases.put(rows.getString(1), rows.getDate(2).toLocalDate()));
        return releases;
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    /** Binds the leading parameters, then the ids of the IN list. */
    private void query(String sql, Collection<String> ids, List<Object> leading, Row row) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            int index = 1;
            for (Object value : leading) {
                statement.setObject(index++, value);
            }
            for (String id : ids) {
                statement.setString(index++, id);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
            return null;
        });
    }

    private static String marks(Collection<String> ids) {
        return ids.stream().map(id -> "?").collect(Collectors.joining(", "));
    }
}
