package org.homeward.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.appointments.AppointmentCategory;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentStatus;
import org.homeward.appointments.AppointmentView;
import org.homeward.appointments.NewAppointment;
import org.homeward.appointments.ParticipantResponse;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;
import org.homeward.portal.day.AppointmentCard;
import org.homeward.portal.participant.AppointmentActions;
import org.homeward.portal.participant.AppointmentDialog;
import org.homeward.portal.participant.ParticipantAnswer;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A caseworker changes, cancels and reschedules appointments on the participant page and sees the
 * participant's answers; a mentor sees the times only, and nobody else gets the buttons.
 */
@MicronautTest(transactional = false, startApplication = false)
class AppointmentChangesViewsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    AppointmentService appointments;
    @Inject
    Messages messages;

    Organisation org;
    UserAccount caseworker;
    UserAccount mentor;
    UserAccount ana;
    AppointmentView booked;

    @BeforeEach
    void setUp() {
        database.clean();
        org = people.anOrganisation();
        caseworker = people.aCaseworker(org).called("Casey").build();
        mentor = people.aMentor(org).called("Maya").build();
        ana = people.aParticipant(org).called("Ana").livingIn("Europe/London").build();
        people.assign(caseworker, ana);
        people.match(mentor, ana);
        booked = appointments.book(caller(caseworker), ana.id(), new NewAppointment(AppointmentCategory.HOUSING, false,
                inDays(2, 10).atZone(LONDON).toInstant(), "Europe/London", 30, "Housing office", "1 High Street", null,
                null, null, null, "Your letter"));
        KaribuPortal.start(context);
    }

    @AfterEach
    void tearDown() {
        KaribuPortal.stop();
    }

    @Test
    void caseworkerChangesTheTimeAndPlaceOfABookedAppointment() {
        openParticipantPageAs(caseworker);
        _click(_get(Button.class, spec -> spec.withClasses("appointment-change")));
        TextField place = _get(TextField.class, spec -> spec.withId("change-appointment-place"));
        assertEquals("Housing office", place.getValue(), "the form starts from the appointment as it is");
        _setValue(place, "Town hall");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("change-appointment-start")), inDays(3, 14));
        _click(_get(Button.class, spec -> spec.withId("change-appointment-save")));

        assertTrue(_find(AppointmentDialog.class).isEmpty());
        List<AppointmentView> stored = appointments.appointmentsOf(caller(caseworker), ana.id());
        assertEquals(1, stored.size(), "changed, not booked again");
        assertEquals("Town hall", stored.get(0).placeName());
        assertEquals(inDays(3, 14), stored.get(0).localStart());
        assertEquals("Your letter", stored.get(0).whatToBring(), "what was not touched stays");
        assertEquals(AppointmentStatus.BOOKED, stored.get(0).status());
        assertTrue(pageText().contains("Town hall"), pageText());
    }

    @Test
    void changeWithABadPhoneNumberIsRefusedBesideTheFieldAndNothingChanges() {
        openParticipantPageAs(caseworker);
        _click(_get(Button.class, spec -> spec.withClasses("appointment-change")));
        _setValue(_get(TextField.class, spec -> spec.withId("change-appointment-place")), "Town hall");
        TextField phone = _get(TextField.class, spec -> spec.withId("change-appointment-phone"));
        _setValue(phone, "call me maybe");
        _click(_get(Button.class, spec -> spec.withId("change-appointment-save")));

        assertTrue(phone.isInvalid());
        assertEquals(messages.get(Bundle.API, Locale.ENGLISH, "phone.invalid"), phone.getErrorMessage());
        _get(AppointmentDialog.class);
        assertEquals("Housing office", appointments.appointment(caller(caseworker), booked.id()).placeName(),
                "nothing half-written");
    }

    @Test
    void caseworkerCancelsOnlyAfterConfirming() {
        openParticipantPageAs(caseworker);
        _click(_get(Button.class, spec -> spec.withClasses("appointment-cancel")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        _fireCancel(confirm);
        assertEquals(AppointmentStatus.BOOKED, appointments.appointment(caller(caseworker), booked.id()).status());

        _click(_get(Button.class, spec -> spec.withClasses("appointment-cancel")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertEquals(AppointmentStatus.CANCELLED, appointments.appointment(caller(caseworker), booked.id()).status());
        AppointmentCard card = _get(AppointmentCard.class);
        assertTrue(card.getElement().getTextRecursively().contains("Cancelled"), pageText());
        assertTrue(_find(AppointmentActions.class).isEmpty(), "a cancelled appointment has nothing left to do");
    }

    @Test
    void rescheduledAppointmentAndItsReplacementShowTheLinkBothWays() {
        openParticipantPageAs(caseworker);
        _click(_get(Button.class, spec -> spec.withClasses("appointment-reschedule")));
        DateTimePicker start = _get(DateTimePicker.class, spec -> spec.withId("reschedule-appointment-start"));
        assertNull(start.getValue(), "a new time must be chosen");
        _setValue(start, inDays(5, 9));
        _click(_get(Button.class, spec -> spec.withId("reschedule-appointment-save")));

        List<AppointmentView> stored = appointments.appointmentsOf(caller(caseworker), ana.id());
        assertEquals(2, stored.size());
        AppointmentView old = stored.get(0);
        AppointmentView next = stored.get(1);
        assertEquals(AppointmentStatus.CANCELLED, old.status());
        assertEquals(next.id(), old.rescheduledTo());
        assertEquals(AppointmentStatus.BOOKED, next.status());
        assertEquals(inDays(5, 9), next.localStart());
        assertEquals("Housing office", next.placeName(), "the new one keeps the details");

        assertEquals("New time: " + englishDateTime(inDays(5, 9)),
                _get(Span.class, spec -> spec.withClasses("appointment-moved-to")).getText());
        assertEquals("Moved from " + englishDateTime(inDays(2, 10)),
                _get(Span.class, spec -> spec.withClasses("appointment-moved-from")).getText());
        assertEquals(1, _find(AppointmentActions.class).size(), "only the new appointment can still be changed");

        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("appointments");
        _get(Span.class, spec -> spec.withClasses("appointment-moved-to"));
        _get(Span.class, spec -> spec.withClasses("appointment-moved-from"));
    }

    @Test
    void rescheduleWithoutANewTimeIsRefusedBesideTheFieldAndNothingIsBooked() {
        openParticipantPageAs(caseworker);
        _click(_get(Button.class, spec -> spec.withClasses("appointment-reschedule")));
        _click(_get(Button.class, spec -> spec.withId("reschedule-appointment-save")));

        DateTimePicker start = _get(DateTimePicker.class, spec -> spec.withId("reschedule-appointment-start"));
        assertTrue(start.isInvalid());
        assertEquals(messages.get(Bundle.API, Locale.ENGLISH, "field.required"), start.getErrorMessage());
        List<AppointmentView> stored = appointments.appointmentsOf(caller(caseworker), ana.id());
        assertEquals(1, stored.size(), "nothing half-written");
        assertEquals(AppointmentStatus.BOOKED, stored.get(0).status());
    }

    @Test
    void caseworkerSeesTheParticipantsAnswerWithTheirReason() {
        appointments.respond(caller(ana), booked.id(), ParticipantResponse.NEEDS_CHANGE, "I start work at 9");
        openParticipantPageAs(caseworker);
        String answer = _get(ParticipantAnswer.class).getElement().getTextRecursively();
        assertTrue(answer.contains("Answer from Ana: “I need to change this”"), answer);
        assertTrue(answer.contains("Reason: I start work at 9"), answer);
    }

    @Test
    void mentorSeesTheTimeButNoButtonsAndNoAnswers() {
        appointments.respond(caller(ana), booked.id(), ParticipantResponse.WILL_ATTEND, null);
        openParticipantPageAs(mentor);
        AppointmentCard card = _get(AppointmentCard.class);
        assertTrue(card.getElement().getTextRecursively().contains(englishDateTime(inDays(2, 10))));
        assertTrue(!card.getElement().getTextRecursively().contains("Housing office"), "times only");
        assertTrue(_find(AppointmentActions.class).isEmpty());
        assertTrue(_find(Button.class, spec -> spec.withClasses("appointment-cancel")).isEmpty());
        assertTrue(_find(ParticipantAnswer.class).isEmpty());
    }

    @Test
    void adminAndParticipantGetNoCaseworkerButtons() {
        // An organisation admin runs accounts; the participant's appointments are not theirs to see.
        openParticipantPageAs(people.anAdmin(org).called("Alex").build());
        assertTrue(_find(AppointmentCard.class).isEmpty());
        _get(Paragraph.class, spec -> spec.withId("participant-appointments-not-shared"));
        assertTrue(_find(AppointmentActions.class).isEmpty());

        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("appointments");
        _get(AppointmentCard.class);
        assertTrue(_find(AppointmentActions.class).isEmpty());
        assertTrue(_find(Button.class, spec -> spec.withClasses("appointment-change")).isEmpty());
        assertNotNull(_get(Button.class, spec -> spec.withClasses("will-attend")), "their own answer buttons stay");
    }

    private void openParticipantPageAs(UserAccount user) {
        KaribuPortal.signIn(user);
        UI.getCurrent().navigate("participants/" + ana.id());
    }

    /** A wall-clock time in London some days from now, whole minutes. */
    private static LocalDateTime inDays(int days, int hour) {
        return LocalDateTime.now(LONDON).plusDays(days).withHour(hour).truncatedTo(ChronoUnit.HOURS);
    }

    /** As the portal writes a date and time for an English reader. */
    private static String englishDateTime(LocalDateTime time) {
        return DateTimeFormatter.ofPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.FULL,
                FormatStyle.SHORT, IsoChronology.INSTANCE, Locale.ENGLISH), Locale.ENGLISH).format(time);
    }

    private static Caller caller(UserAccount user) {
        return new Caller(user.id(), user.organisationId(), user.role());
    }

    private static String pageText() {
        return com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }
}
