package org.homeward.portal.participant;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.homeward.appointments.AppointmentCategory;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.NewAppointment;
import org.homeward.common.DomainException;
import org.homeward.portal.i18n.FieldErrors;
import org.homeward.people.Caller;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * Books an appointment with what the person needs to get there. The time is typed as the clock on
 * the participant's wall shows it, in their time zone.
 */
public class BookAppointmentForm extends Details {

    private final Select<AppointmentCategory> category = new Select<>();
    private final Checkbox condition = new Checkbox();
    private final DateTimePicker start = new DateTimePicker();
    private final ComboBox<String> zone = new ComboBox<>();
    private final IntegerField duration = new IntegerField();
    private final TextField place = new TextField();
    private final TextField address = new TextField();
    private final TextArea directions = new TextArea();
    private final TextField phone = new TextField();
    private final TextField interpreter = new TextField();
    private final TextField accompaniedBy = new TextField();
    private final TextField bring = new TextField();

    public BookAppointmentForm(AppointmentService appointments, Caller caseworker, String participantId,
                               String participantZone, Runnable onSaved) {
        setSummaryText(getTranslation("appointmentForm.title"));
        setId("book-appointment-form");
        category.setLabel(getTranslation("appointmentForm.category"));
        category.setId("appointment-category");
        category.setItems(AppointmentCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("appointmentCategory." + c.name()));
        condition.setLabel(getTranslation("appointmentForm.condition"));
        start.setLabel(getTranslation("appointmentForm.start"));
        start.setId("appointment-start");
        zone.setLabel(getTranslation("appointmentForm.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        zone.setValue(participantZone);
        duration.setLabel(getTranslation("appointmentForm.duration"));
        duration.setValue(60);
        duration.setMin(5);
        duration.setMax(720);
        place.setLabel(getTranslation("appointmentForm.place"));
        place.setId("appointment-place");
        address.setLabel(getTranslation("appointmentForm.address"));
        directions.setLabel(getTranslation("appointmentForm.directions"));
        phone.setLabel(getTranslation("appointmentForm.phone"));
        phone.setId("appointment-phone");
        interpreter.setLabel(getTranslation("appointmentForm.interpreter"));
        interpreter.setHelperText(getTranslation("appointmentForm.interpreterHelp"));
        accompaniedBy.setLabel(getTranslation("appointmentForm.accompaniedBy"));
        bring.setLabel(getTranslation("appointmentForm.bring"));
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("category", category), Map.entry("startsAt", start),
                Map.entry("timeZone", zone), Map.entry("durationMinutes", duration), Map.entry("placeName", place),
                Map.entry("address", address), Map.entry("directions", directions), Map.entry("contactPhone", phone),
                Map.entry("interpreterLanguage", interpreter), Map.entry("accompaniedBy", accompaniedBy),
                Map.entry("whatToBring", bring));
        Button save = new Button(getTranslation("appointmentForm.save"), click -> {
            FieldErrors.clear(fields);
            try {
                appointments.book(caseworker, participantId, command());
                setOpened(false);
                onSaved.run();
            } catch (DomainException refused) {
                FieldErrors.show(this, fields, refused);
            }
        });
        save.setId("save-appointment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(category, condition, start, zone, duration, place, address, directions, phone,
                interpreter, accompaniedBy, bring);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(layout, save);
    }

    private NewAppointment command() {
        Instant startsAt = null;
        if (start.getValue() != null && zone.getValue() != null) {
            startsAt = start.getValue().atZone(ZoneId.of(zone.getValue())).toInstant();
        }
        return new NewAppointment(category.getValue(), condition.getValue(), startsAt, zone.getValue(),
                duration.getValue(), place.getValue(), address.getValue(), directions.getValue(), phone.getValue(),
                interpreter.getValue(), accompaniedBy.getValue(), bring.getValue());
    }
}
