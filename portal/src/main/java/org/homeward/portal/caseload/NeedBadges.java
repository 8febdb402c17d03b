package org.homeward.portal.caseload;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.homeward.dashboard.DashboardRow;
import org.homeward.portal.day.DayFormats;

import java.util.stream.Collectors;

/** What may need the caseworker about one participant, as short badges; "nothing urgent" when all is well. */
class NeedBadges extends Div {

    NeedBadges(DashboardRow row) {
        addClassName("need-badges");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (row.escalatedHelp() > 0) {
            badge("error primary", getTranslation("dashboard.helpEscalated", "count", row.escalatedHelp()));
        }
        int notEscalated = row.openHelp() - row.escalatedHelp();
        if (notEscalated > 0) {
            badge("error", getTranslation("dashboard.helpOpen", "count", notEscalated));
        }
        if (row.openConcerns() > 0) {
            badge("error", getTranslation("dashboard.concerns", "count", row.openConcerns()));
        }
        if (row.missedAppointments() != null && !row.missedAppointments().isEmpty()) {
            badge("contrast", getTranslation("dashboard.missed", "categories", row.missedAppointments().entrySet()
                    .stream().map(missed -> getTranslation("appointmentCategory." + missed.getKey().name())
                            + " (" + missed.getValue() + ")")
                    .collect(Collectors.joining(", "))));
        }
        if (row.missingOneKind()) {
            badge("contrast", getTranslation("caseload.missingOneKind"));
        }
        if (row.overdueTasks() != null && row.overdueTasks() > 0) {
            badge("contrast", getTranslation("dashboard.overdue", "count", row.overdueTasks()));
        }
        if (row.noRecentContact()) {
            badge("contrast", row.lastContact() == null ? getTranslation("dashboard.neverContact")
                    : getTranslation("dashboard.noContact", "days", row.daysSinceContact()));
        }
        if (row.releaseDate() != null) {
            badge("", getTranslation("dashboard.release", "date", DayFormats.date(row.releaseDate())));
        }
        if (getChildren().findAny().isEmpty()) {
            badge("success", getTranslation("dashboard.allWell"));
        }
    }

    private void badge(String theme, String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).trim());
        add(badge);
    }
}
