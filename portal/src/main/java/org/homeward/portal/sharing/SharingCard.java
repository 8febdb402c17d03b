package org.homeward.portal.sharing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.portal.i18n.Moments;
import org.homeward.portal.i18n.ProblemText;
import org.homeward.sharing.AppointmentSharing;
import org.homeward.sharing.PersonSharing;
import org.homeward.sharing.Sharing;
import org.homeward.sharing.SharingService;

import java.time.ZoneId;

/** What one caseworker or mentor sees, with a switch for each kind of information and a save button. */
class SharingCard extends VerticalLayout {

    private final SharingService service;
    private final Caller me;
    private final String personId;
    private final Checkbox tasks = option("sharing.tasks");
    private final RadioButtonGroup<AppointmentSharing> appointments = new RadioButtonGroup<>();
    private final Checkbox goals = option("sharing.goals");
    private final Checkbox checkInNotes = option("sharing.checkInNotes");
    private final Checkbox helpRequests = option("sharing.helpRequests");
    private final Checkbox crisisContacts = option("sharing.crisisContacts");
    private final Span changed = new Span();
    private final ZoneId zone;

    SharingCard(SharingService service, Caller me, PersonSharing person, ZoneId zone) {
        this.zone = zone;
        this.service = service;
        this.me = me;
        this.personId = person.personId();
        setId("sharing-" + person.personId());
        addClassName("sharing-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-sizing", "border-box");
        H3 name = new H3(getTranslation("person.withRole", "name", person.displayName(),
                "role", getTranslation("role." + person.role().name())));
        appointments.setLabel(getTranslation("sharing.appointments"));
        appointments.setItems(AppointmentSharing.values());
        appointments.setItemLabelGenerator(level -> getTranslation("sharing.appointments." + level.name()));
        appointments.setId("appointments-" + person.personId());
        if (person.role() == Role.CASEWORKER) {
            // Every request for help must reach someone who answers: the service refuses to turn this off.
            helpRequests.setEnabled(false);
            helpRequests.setHelperText(getTranslation("sharing.helpAlwaysWithCaseworkers"));
        }
        Button save = new Button(getTranslation("sharing.save"), click -> save());
        save.setId("save-sharing-" + person.personId());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getStyle().set("min-height", "48px");
        add(name, tasks, appointments, goals, checkInNotes, helpRequests, crisisContacts, changed, save);
        show(person);
    }

    private void show(PersonSharing person) {
        Sharing sharing = person.sharing();
        tasks.setValue(sharing.tasks());
        appointments.setValue(sharing.appointments());
        goals.setValue(sharing.goals());
        checkInNotes.setValue(sharing.checkInNotes());
        helpRequests.setValue(sharing.helpRequests());
        crisisContacts.setValue(sharing.crisisContacts());
        changed.setText(person.changedAt() == null ? getTranslation("sharing.default")
                : getTranslation("sharing.changedAt", "when",
                        Moments.compact(person.changedAt(), zone)));
    }

    private void save() {
        try {
            show(service.change(me, personId, new Sharing(tasks.getValue(), appointments.getValue(), goals.getValue(),
                    checkInNotes.getValue(), helpRequests.getValue(), crisisContacts.getValue())));
            Notification.show(getTranslation("sharing.saved"));
        } catch (DomainException problem) {
            Notification.show(ProblemText.of(this, problem));
        }
    }

    private Checkbox option(String key) {
        Checkbox box = new Checkbox(getTranslation(key));
        box.getStyle().set("min-height", "44px");
        return box;
    }
}
