package org.homeward.portal.participant;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.homeward.appointments.AppointmentCategory;

import java.time.ZoneId;
import java.util.Map;

/**
 * What the person needs to get to an appointment, as fields bound to an {@link AppointmentDraft}.
 * Booking, changing and rescheduling all use it, so the three ask the same things the same way.
 * The time is typed as the clock on the participant's wall shows it, in their time zone.
 */
public class AppointmentFields extends FormLayout {

    private final Binder<AppointmentDraft> binder = new Binder<>(AppointmentDraft.class);
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
    private AppointmentDraft draft;

    /** @param idPrefix keeps element ids unique when a form and a dialog are on the page together */
    public AppointmentFields(AppointmentDraft draft, String idPrefix) {
        category.setLabel(getTranslation("appointmentForm.category"));
        category.setItems(AppointmentCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("appointmentCategory." + c.name()));
        condition.setLabel(getTranslation("appointmentForm.condition"));
        start.setLabel(getTranslation("appointmentForm.start"));
        zone.setLabel(getTranslation("appointmentForm.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        duration.setLabel(getTranslation("appointmentForm.duration"));
        duration.setMin(5);
        duration.setMax(720);
        place.setLabel(getTranslation("appointmentForm.place"));
        address.setLabel(getTranslation("appointmentForm.address"));
        directions.setLabel(getTranslation("appointmentForm.directions"));
        phone.setLabel(getTranslation("appointmentForm.phone"));
        interpreter.setLabel(getTranslation("appointmentForm.interpreter"));
        interpreter.setHelperText(getTranslation("appointmentForm.interpreterHelp"));
        accompaniedBy.setLabel(getTranslation("appointmentForm.accompaniedBy"));
        bring.setLabel(getTranslation("appointmentForm.bring"));
        category.setId(idPrefix + "-category");
        start.setId(idPrefix + "-start");
        place.setId(idPrefix + "-place");
        phone.setId(idPrefix + "-phone");

        binder.forField(category).bind(AppointmentDraft::getCategory, AppointmentDraft::setCategory);
        binder.forField(condition).bind(AppointmentDraft::isConditionOfRelease, AppointmentDraft::setConditionOfRelease);
        binder.forField(start).bind(AppointmentDraft::getStart, AppointmentDraft::setStart);
        binder.forField(zone).bind(AppointmentDraft::getTimeZone, AppointmentDraft::setTimeZone);
        binder.forField(duration).bind(AppointmentDraft::getDurationMinutes, AppointmentDraft::setDurationMinutes);
        binder.forField(place).bind(AppointmentDraft::getPlaceName, AppointmentDraft::setPlaceName);
        binder.forField(address).bind(AppointmentDraft::getAddress, AppointmentDraft::setAddress);
        binder.forField(directions).bind(AppointmentDraft::getDirections, AppointmentDraft::setDirections);
        binder.forField(phone).bind(AppointmentDraft::getContactPhone, AppointmentDraft::setContactPhone);
        binder.forField(interpreter).bind(AppointmentDraft::getInterpreterLanguage,
                AppointmentDraft::setInterpreterLanguage);
        binder.forField(accompaniedBy).bind(AppointmentDraft::getAccompaniedBy, AppointmentDraft::setAccompaniedBy);
        binder.forField(bring).bind(AppointmentDraft::getWhatToBring, AppointmentDraft::setWhatToBring);
        edit(draft);

        add(category, condition, start, zone, duration, place, address, directions, phone, interpreter, accompaniedBy,
                bring);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    /** Shows another draft, for a fresh start after saving. */
    public void edit(AppointmentDraft next) {
        this.draft = next;
        binder.setBean(next);
    }

    public AppointmentDraft draft() {
        return draft;
    }

    /** Each field under the name the service gives it in a refusal. */
    public Map<String, HasValidation> byServiceName() {
        return Map.ofEntries(Map.entry("category", category), Map.entry("startsAt", start),
                Map.entry("timeZone", zone), Map.entry("durationMinutes", duration), Map.entry("placeName", place),
                Map.entry("address", address), Map.entry("directions", directions), Map.entry("contactPhone", phone),
                Map.entry("interpreterLanguage", interpreter), Map.entry("accompaniedBy", accompaniedBy),
                Map.entry("whatToBring", bring));
    }
}
