package org.homeward.portal.participant;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.appointments.AppointmentService;
import org.homeward.caseload.CaseloadService;
import org.homeward.caseload.ParticipantOverview;
import org.homeward.common.DomainException;
import org.homeward.contacts.CrisisContactService;
import org.homeward.goals.GoalService;
import org.homeward.i18n.Languages;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.notifications.SentNotification;
import org.homeward.notifications.SentNotifications;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.portal.i18n.Moments;
import org.homeward.portal.checkins.CheckInPanels;
import org.homeward.portal.contacts.CrisisContactsPanel;
import org.homeward.portal.goals.GoalsPanel;
import org.homeward.portal.help.HelpPanels;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.notifications.UndeliveredNotifications;
import org.homeward.portal.security.PortalSession;
import org.homeward.sharing.SharedData;
import org.homeward.sharing.Sharing;
import org.homeward.tasks.TaskService;

import java.util.List;

/**
 * One participant, as their caseworker works with them: tasks with the template picker and their
 * translations, appointments with booking, changes and outcomes, attendance, requests for help and
 * crisis contacts (never one they marked unsafe). Each section shows only what the participant
 * shares with the reader (a matched mentor by default: tasks, appointment times, crisis contacts);
 * an organisation admin sees the person and their team, not their plan. Only the caseworker sees
 * notifications that did not reach the participant's phone.
 */
@Prototype
@RolesAllowed({"CASEWORKER", "MENTOR", "ORG_ADMIN"})
@Route(value = "participants", layout = MainLayout.class)
public class ParticipantView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CaseloadService caseload;
    private final TaskService tasks;
    private final AppointmentService appointments;
    private final Languages languages;
    private final SentNotifications sent;
    private final HelpPanels help;
    private final CrisisContactService crisisContacts;
    private final CheckInPanels checkIns;
    private final GoalService goals;
    private String participantId;
    private String name = "";

    public ParticipantView(CaseloadService caseload, TaskService tasks, AppointmentService appointments,
                           Languages languages, SentNotifications sent, HelpPanels help,
                           CrisisContactService crisisContacts, CheckInPanels checkIns,
                           GoalService goals) {
        this.caseload = caseload;
        this.tasks = tasks;
        this.appointments = appointments;
        this.languages = languages;
        this.sent = sent;
        this.help = help;
        this.crisisContacts = crisisContacts;
        this.checkIns = checkIns;
        this.goals = goals;
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
        ParticipantOverview person = caseload.overview(me, participantId);
        name = person.displayName();
        SupportedLanguage theirLanguage = languages.resolve(person.language(), null, null);
        H2 title = new H2(person.displayName());
        title.setId("participant-name");
        add(title, new Span(getTranslation("participant.language", "language",
                languages.find(person.language()).map(SupportedLanguage::nativeName).orElse(person.language()))));
        Sharing shared = person.sharedWithYou();
        if (me.is(Role.CASEWORKER)) {
            List<SentNotification> undelivered = sent.undeliveredTo(me, participantId);
            if (!undelivered.isEmpty()) {
                add(new UndeliveredNotifications(undelivered, Moments.zone(person.timeZone())));
            }
        }
        if (shared.helpRequests()) {
            add(help.requestsOf(participantId));
        }
        add(shared.tasks() ? new ParticipantTasks(tasks, me, participantId, theirLanguage, this::render)
                : notShared("participant-tasks-not-shared", "sharing.notShared.tasks"));
        add(new GoalsPanel(goals, tasks, me, participantId));
        add(shared.allows(SharedData.APPOINTMENTS) ? new ParticipantAppointments(appointments, me, person, this::render)
                : notShared("participant-appointments-not-shared", "sharing.notShared.appointments"));
        if (me.is(Role.CASEWORKER) && shared.allows(SharedData.APPOINTMENTS)) {
            add(new AttendancePanel(appointments.attendance(me, participantId)));
        }
        checkIns.forParticipant(me, person, this::render).ifPresent(this::add);
        if (shared.crisisContacts()) {
            add(crisisContactsSection(me));
        }
    }

    /** Said plainly, so nobody mistakes a hidden list for an empty one. */
    private Paragraph notShared(String id, String key) {
        Paragraph note = new Paragraph(getTranslation(key, "name", name));
        note.setId(id);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return note;
    }

    /** Whom the participant can call: for the caseworkers and mentors they share their contacts with. */
    private VerticalLayout crisisContactsSection(Caller me) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("crisisContacts.title")),
                CrisisContactsPanel.forParticipant(crisisContacts, me, participantId));
        section.setId("participant-crisis-contacts");
        section.setPadding(false);
        return section;
    }


    @Override
    public String getPageTitle() {
        return name + " · " + getTranslation("app.name");
    }
}
