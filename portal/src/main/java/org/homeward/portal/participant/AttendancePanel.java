package org.homeward.portal.participant;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.appointments.Attendance;

/** Kept and missed appointments per kind over 90 days, with the "one kind missed" prompt. */
public class AttendancePanel extends VerticalLayout {

    public AttendancePanel(Attendance attendance) {
        setPadding(false);
        setId("attendance");
        add(new H3(getTranslation("attendance.title", "days", attendance.days())));
        if (attendance.missingOneKind()) {
            Span prompt = new Span(getTranslation("attendance.missingOneKind"));
            prompt.getElement().getThemeList().add("badge error");
            prompt.setId("missing-one-kind");
            add(prompt);
        }
        if (attendance.categories().isEmpty()) {
            add(new Span(getTranslation("attendance.none")));
        }
        for (Attendance.CategoryAttendance row : attendance.categories()) {
            add(new Span(getTranslation("attendance.row", "category",
                    getTranslation("appointmentCategory." + row.category().name()), "kept", row.kept(),
                    "missed", row.missed())));
        }
    }
}
