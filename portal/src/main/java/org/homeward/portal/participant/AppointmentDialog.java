package org.homeward.portal.participant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentView;
import org.homeward.appointments.Outcome;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;

/**
 * Changes a booked appointment, or moves it to a new time. Moving keeps the old appointment in the
 * history as rescheduled and books a linked new one, so attendance still tells what happened.
 * Nothing is stored until the service accepts the whole form; a refusal shows beside its field.
 */
public class AppointmentDialog extends Dialog {

    /** What saving does. */
    public enum Purpose {
        /** Corrects the details of the same appointment. */
        CHANGE("appointmentForm.changeTitle", null, "appointmentForm.changeSave", "change-appointment"),
        /** Records "rescheduled" and books the new time with the same details unless changed. */
        RESCHEDULE("appointmentForm.rescheduleTitle", "appointmentForm.rescheduleIntro",
                "appointmentForm.rescheduleSave", "reschedule-appointment");

        private final String titleKey;
        private final String introKey;
        private final String saveKey;
        private final String id;

        Purpose(String titleKey, String introKey, String saveKey, String id) {
            this.titleKey = titleKey;
            this.introKey = introKey;
            this.saveKey = saveKey;
            this.id = id;
        }
    }

    public AppointmentDialog(AppointmentService appointments, Caller caseworker, AppointmentView appointment,
                             Purpose purpose, Runnable onSaved) {
        setId(purpose.id);
        setMaxWidth("40rem");
        setHeaderTitle(getTranslation(purpose.titleKey));
        if (purpose.introKey != null) {
            add(new Paragraph(getTranslation(purpose.introKey)));
        }
        AppointmentFields fields = new AppointmentFields(purpose == Purpose.CHANGE ? AppointmentDraft.of(appointment)
                : AppointmentDraft.movedFrom(appointment), purpose.id);
        add(fields);
        Button save = new Button(getTranslation(purpose.saveKey), click -> {
            FieldErrors.clear(fields.byServiceName());
            try {
                if (purpose == Purpose.CHANGE) {
                    appointments.change(caseworker, appointment.id(), fields.draft().toCommand());
                } else {
                    appointments.recordOutcome(caseworker, appointment.id(), Outcome.RESCHEDULED,
                            fields.draft().toCommand());
                }
                close();
                onSaved.run();
            } catch (DomainException refused) {
                FieldErrors.show(this, fields.byServiceName(), refused);
            }
        });
        save.setId(purpose.id + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId(purpose.id + "-close");
        getFooter().add(cancel, save);
    }
}
