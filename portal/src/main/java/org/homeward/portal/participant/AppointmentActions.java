package org.homeward.portal.participant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentView;
import org.homeward.appointments.Outcome;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.portal.day.DayFormats;
import org.homeward.portal.i18n.ProblemText;

import java.time.Instant;

/**
 * What a caseworker may do with a booked appointment: record that it was kept or missed (once its
 * time has come), change it, move it to a new time, or cancel it after a second look. Only a
 * caseworker gets this row: the service refuses the same to anyone else.
 */
public class AppointmentActions extends HorizontalLayout {

    private final AppointmentService appointments;
    private final Caller caseworker;
    private final AppointmentView appointment;
    private final Runnable onChanged;

    public AppointmentActions(AppointmentService appointments, Caller caseworker, AppointmentView appointment,
                              String participantName, Runnable onChanged) {
        this.appointments = appointments;
        this.caseworker = caseworker;
        this.appointment = appointment;
        this.onChanged = onChanged;
        addClassName("appointment-actions");
        setWrap(true);
        if (!appointment.startsAt().isAfter(Instant.now())) {
            add(outcome(Outcome.ATTENDED), outcome(Outcome.MISSED));
        }
        add(button("appointmentActions.change", "appointment-change",
                () -> new AppointmentDialog(appointments, caseworker, appointment, AppointmentDialog.Purpose.CHANGE,
                        onChanged).open()));
        add(button("outcome.RESCHEDULED", "appointment-reschedule",
                () -> new AppointmentDialog(appointments, caseworker, appointment,
                        AppointmentDialog.Purpose.RESCHEDULE, onChanged).open()));
        add(button("outcome.CANCELLED", "appointment-cancel", () -> confirmCancel(participantName)));
    }

    private Button outcome(Outcome outcome) {
        return button("outcome." + outcome.name(), "outcome-" + outcome.name().toLowerCase(),
                () -> act(() -> appointments.recordOutcome(caseworker, appointment.id(), outcome, null)));
    }

    /** Cancelling cannot be undone, and the participant sees it at once: ask before doing it. */
    private void confirmCancel(String participantName) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-cancel-appointment");
        confirm.setHeader(getTranslation("appointmentCancel.title"));
        confirm.setText(getTranslation("appointmentCancel.text", "when",
                DayFormats.dateTime(appointment.localStart()), "name", participantName));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("appointmentCancel.keep"));
        confirm.setConfirmText(getTranslation("appointmentCancel.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> act(() -> appointments.cancel(caseworker, appointment.id())));
        confirm.open();
    }

    /** Someone else may have concluded the appointment meanwhile: say so, and show the page as it is now. */
    private void act(Runnable write) {
        try {
            write.run();
        } catch (DomainException refused) {
            Notification.show(ProblemText.of(this, refused));
        }
        onChanged.run();
    }

    private Button button(String labelKey, String className, Runnable onClick) {
        Button button = new Button(getTranslation(labelKey), click -> onClick.run());
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
