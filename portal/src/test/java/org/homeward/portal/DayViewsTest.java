package org.homeward.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.appointments.AppointmentCategory;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.NewAppointment;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;
import org.homeward.portal.day.NewTaskForm;
import org.homeward.portal.participant.BookAppointmentForm;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.homeward.tasks.NewTask;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The participant's day and the caseworker's participant page, rendered with real services. */
@MicronautTest(transactional = false, startApplication = false)
class DayViewsTest {

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    TaskService tasks;
    @Inject
    AppointmentService appointments;
    @Inject
    Messages messages;

    UserAccount caseworker;
    UserAccount mentor;
    UserAccount ana;

    @BeforeEach
    void setUp() {
        database.clean();
        Organisation org = people.anOrganisation();
        caseworker = people.aCaseworker(org).called("Casey").build();
        mentor = people.aMentor(org).called("Maya").build();
        ana = people.aParticipant(org).called("Ana").speaking("ro").build();
        people.assign(caseworker, ana);
        people.match(mentor, ana);
        KaribuPortal.start(context);
    }

    @AfterEach
    void tearDown() {
        KaribuPortal.stop();
    }

    @Test
    void participantMarksTodaysTaskDoneInTheirLanguage() {
        tasks.create(caller(caseworker), ana.id(), new NewTask("bank-account", null, null, null, null, LocalDate.now()));
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("today");
        String romanian = messages.get(Bundle.TASKS, Locale.forLanguageTag("ro"), "template.bank-account.title");
        assertTrue(pageText().contains(romanian), pageText());
        _click(_get(Button.class, spec -> spec.withClasses("task-done")));
        assertEquals(TaskStatus.DONE, tasks.tasksOf(caller(ana), ana.id()).get(0).status());
        assertTrue(_find(Button.class, spec -> spec.withClasses("task-done")).isEmpty());
    }

    @Test
    void askingForAChangeWithoutAReasonIsRefusedBesideTheField() {
        appointments.book(caller(caseworker), ana.id(), new NewAppointment(AppointmentCategory.HOUSING, false,
                Instant.now().plus(2, ChronoUnit.HOURS), null, 30, "Housing office", null, null, null, null, null,
                null));
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("appointments");
        Button change = _get(Button.class, spec -> spec.withText(messages.get(Bundle.PORTAL,
                Locale.forLanguageTag("ro"), "appointment.needsChange")));
        _click(change);
        _click(change);
        TextField reason = _get(TextField.class, spec -> spec.withLabel(messages.get(Bundle.PORTAL,
                Locale.forLanguageTag("ro"), "appointment.changeReason")));
        assertTrue(reason.isInvalid());
        assertEquals(messages.get(Bundle.API, Locale.forLanguageTag("ro"), "appointment.reasonRequired"),
                reason.getErrorMessage());
    }

    @Test
    void participantMakesAndStopsAPrivateCalendarLink() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("appointments");
        String make = messages.get(Bundle.PORTAL, Locale.forLanguageTag("ro"), "calendarLink.make");
        _click(_get(Button.class, spec -> spec.withText(make)));
        TextField url = _get(TextField.class, spec -> spec.withId("calendar-url"));
        assertTrue(url.getValue().contains("/api/calendar/") && url.getValue().endsWith(".ics"), url.getValue());
        String stop = messages.get(Bundle.PORTAL, Locale.forLanguageTag("ro"), "calendarLink.stop");
        _click(_get(Button.class, spec -> spec.withText(stop)));
        assertTrue(!url.isVisible());
    }

    @Test
    void caseworkerPlansWithTemplatesBooksAndSeesAttendance() {
        KaribuPortal.signIn(caseworker);
        UI.getCurrent().navigate("participants/" + ana.id());
        _get(NewTaskForm.class);
        _get(BookAppointmentForm.class);
        assertTrue(pageText().contains("Ana"));
        assertTrue(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("attendance")).size() == 1);
    }

    @Test
    void mentorSeesTheMenteesPlanReadOnly() {
        tasks.create(caller(caseworker), ana.id(), new NewTask("library-card", null, null, null, null, null));
        KaribuPortal.signIn(mentor);
        UI.getCurrent().navigate("participants/" + ana.id());
        assertTrue(pageText().contains("Get a library card"), pageText());
        assertTrue(_find(NewTaskForm.class).isEmpty());
        assertTrue(_find(BookAppointmentForm.class).isEmpty());
        assertTrue(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("attendance")).isEmpty());
        assertTrue(_find(Button.class, spec -> spec.withClasses("task-done")).isEmpty());
    }

    private static Caller caller(UserAccount user) {
        return new Caller(user.id(), user.organisationId(), user.role());
    }

    private static String pageText() {
        return com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }
}
