package org.homeward.portal.participant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import org.homeward.appointments.AppointmentService;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;

/** Books an appointment with what the person needs to get there. */
public class BookAppointmentForm extends Details {

    public BookAppointmentForm(AppointmentService appointments, Caller caseworker, String participantId,
                               String participantZone, Runnable onSaved) {
        setSummaryText(getTranslation("appointmentForm.title"));
        setId("book-appointment-form");
        AppointmentFields fields = new AppointmentFields(AppointmentDraft.inZone(participantZone), "appointment");
        Button save = new Button(getTranslation("appointmentForm.save"), click -> {
            FieldErrors.clear(fields.byServiceName());
            try {
                appointments.book(caseworker, participantId, fields.draft().toCommand());
                fields.edit(AppointmentDraft.inZone(participantZone));
                setOpened(false);
                onSaved.run();
            } catch (DomainException refused) {
                FieldErrors.show(this, fields.byServiceName(), refused);
            }
        });
        save.setId("save-appointment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getStyle().set("min-height", "44px");
        add(fields, save);
    }
}
