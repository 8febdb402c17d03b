package org.homeward.portal.participant;

import org.homeward.portal.layout.EmptyState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentStatus;
import org.homeward.appointments.AppointmentView;
import org.homeward.appointments.Outcome;
import org.homeward.caseload.CaseloadService;
import org.homeward.caseload.ParticipantOverview;
import org.homeward.common.DomainException;
import org.homeward.i18n.Languages;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.portal.day.AppointmentCard;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.security.PortalSession;
import org.homeward.tasks.TaskService;

import java.time.Instant;

/**
 * One participant, as their caseworker works with them: tasks with the template picker, appointments
 * with booking and outcomes, attendance. A matched mentor sees tasks and appointment times, read-only.
 */
@Prototype
@RolesAllowed({"CASEWORKER", "MENTOR", "ORG_ADMIN"})
@Route(value = "participants", layout = MainLayout.class)
public class ParticipantView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CaseloadService caseload;
    private final TaskService tasks;
    private final AppointmentService appointments;
    private final Languages languages;
    private String participantId;
    private String name = "";

    public ParticipantView(CaseloadService caseload, TaskService tasks, AppointmentService appointments,
                           Languages languages) {
        this.caseload = caseload;
        this.tasks = tasks;
        this.appointments = appointments;
        this.languages = languages;
        setMaxWidth("56rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        this.participantId = id;
        try {
            render();
        } catch (DomainException notVisible) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        Caller me = PortalSession.requireUser().caller();
        boolean caseworker = me.is(Role.CASEWORKER);
        ParticipantOverview person = caseload.overview(me, participantId);
        name = person.displayName();
        H2 title = new H2(person.displayName());
        title.setId("participant-name");
        add(title, new Span(getTranslation("participant.language",
                "language", languages.find(person.language()).map(l -> l.nativeName()).orElse(person.language()))));

        SupportedLanguage theirLanguage = languages.resolve(person.language(), null, null);
        add(new ParticipantTasks(tasks, me, participantId, theirLanguage, this::render));

        add(new H3(getTranslation("participant.appointments")));
        var appointmentList = appointments.appointmentsOf(me, participantId);
        if (appointmentList.isEmpty()) {
            add(EmptyState.of(getTranslation("appointments.none")));
        }
        for (AppointmentView appointment : appointmentList) {
            add(new AppointmentCard(appointment, null));
            if (caseworker && appointment.status() == AppointmentStatus.BOOKED) {
                add(outcomeButtons(me, appointment));
            }
        }
        if (caseworker) {
            add(new BookAppointmentForm(appointments, me, participantId, person.timeZone(), this::render));
        }
        if (!me.is(Role.MENTOR)) {
            add(new AttendancePanel(appointments.attendance(me, participantId)));
        }
    }

    private HorizontalLayout outcomeButtons(Caller me, AppointmentView appointment) {
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        boolean happened = !appointment.startsAt().isAfter(Instant.now());
        for (Outcome outcome : new Outcome[] {Outcome.ATTENDED, Outcome.MISSED, Outcome.CANCELLED}) {
            if (!happened && outcome != Outcome.CANCELLED) {
                continue;
            }
            Button button = new Button(getTranslation("outcome." + outcome.name()), click -> {
                appointments.recordOutcome(me, appointment.id(), outcome, null);
                render();
            });
            button.addClassName("outcome-" + outcome.name().toLowerCase());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(button);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return name + " · " + getTranslation("app.name");
    }
}
