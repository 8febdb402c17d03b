package org.homeward.portal.caseload;

import com.vaadin.flow.component.Component;
import org.homeward.dashboard.DashboardRow;
import org.homeward.portal.day.DayFormats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What may need the caseworker about one participant, as short badges; "nothing urgent" when all is
 * well. Plain values, drawn by the grid's template in the browser: a caseload of 200 would otherwise
 * be a thousand server-side components.
 */
final class NeedBadges {

    record Badge(String theme, String text) {
    }

    private NeedBadges() {
    }

    static List<Badge> of(DashboardRow row, Component page) {
        List<Badge> badges = new ArrayList<>();
        if (row.escalatedHelp() > 0) {
            badges.add(new Badge("error primary", page.getTranslation("dashboard.helpEscalated", "count",
                    row.escalatedHelp())));
        }
        int notEscalated = row.openHelp() - row.escalatedHelp();
        if (notEscalated > 0) {
            badges.add(new Badge("error", page.getTranslation("dashboard.helpOpen", "count", notEscalated)));
        }
        if (row.openConcerns() > 0) {
            badges.add(new Badge("error", page.getTranslation("dashboard.concerns", "count", row.openConcerns())));
        }
        if (row.missedAppointments() != null && !row.missedAppointments().isEmpty()) {
            badges.add(new Badge("contrast", page.getTranslation("dashboard.missed", "categories",
                    row.missedAppointments().entrySet().stream()
                            .map(missed -> page.getTranslation("appointmentCategory." + missed.getKey().name())
                                    + " (" + missed.getValue() + ")")
                            .collect(Collectors.joining(", ")))));
        }
        if (row.missingOneKind()) {
            badges.add(new Badge("contrast", page.getTranslation("caseload.missingOneKind")));
        }
        if (row.overdueTasks() != null && row.overdueTasks() > 0) {
            badges.add(new Badge("contrast", page.getTranslation("dashboard.overdue", "count", row.overdueTasks())));
        }
        if (row.noRecentContact()) {
            badges.add(new Badge("contrast", row.lastContact() == null ? page.getTranslation("dashboard.neverContact")
                    : page.getTranslation("dashboard.noContact", "days", row.daysSinceContact())));
        }
        if (row.releaseDate() != null) {
            badges.add(new Badge("", page.getTranslation("dashboard.release", "date",
                    DayFormats.date(row.releaseDate()))));
        }
        if (badges.isEmpty()) {
            badges.add(new Badge("success", page.getTranslation("dashboard.allWell")));
        }
        return badges;
    }
}
