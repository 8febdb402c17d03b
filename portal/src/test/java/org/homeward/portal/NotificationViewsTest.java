package org.homeward.portal;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.appointments.AppointmentCategory;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.NewAppointment;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.notifications.MyNotifications;
import org.homeward.notifications.SentNotifications;
import org.homeward.organisations.Organisation;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.portal.layout.Navigation;
import org.homeward.portal.notifications.InboxItem;
import org.homeward.portal.notifications.NotificationsView;
import org.homeward.portal.notifications.PreferencesForm;
import org.homeward.portal.notifications.SentNotificationsView;
import org.homeward.portal.notifications.UndeliveredNotifications;
import org.homeward.push.devices.Device;
import org.homeward.push.devices.Devices;
import org.homeward.push.devices.NewDevice;
import org.homeward.push.devices.Platform;
import org.homeward.push.outbox.Notification;
import org.homeward.push.outbox.OutboxEntry;
import org.homeward.push.outbox.OutboxEntryRepository;
import org.homeward.push.outbox.OutboxStatus;
import org.homeward.push.preferences.NotificationPreferences;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notifications page of every signed-in person, the admins' developer page, and undelivered ones. */
@MicronautTest(transactional = false, startApplication = false)
class NotificationViewsTest {

    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    AppointmentService appointments;
    @Inject
    MyNotifications myNotifications;
    @Inject
    SentNotifications sentNotifications;
    @Inject
    Devices devices;
    @Inject
    OutboxEntryRepository outbox;
    @Inject
    Messages messages;

    Organisation org;
    UserAccount caseworker;
    UserAccount mentor;
    UserAccount admin;
    UserAccount ana;

    @BeforeEach
    void setUp() {
        database.clean();
        org = people.anOrganisation();
        caseworker = people.aCaseworker(org).called("Casey").build();
        mentor = people.aMentor(org).called("Maya").build();
        admin = people.anAdmin(org).called("Alex").build();
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
    void inboxShowsANotificationInTheReadersLanguageAndTappingItMarksItRead() {
        bookAnAppointmentFor(ana);
        Notification booked = myNotifications.inbox(caller(ana), 10).get(0);
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("notifications");

        assertCurrentView(NotificationsView.class);
        assertEquals(messages.get(Bundle.NOTIFICATIONS, ROMANIAN, "appointment.booked.title"), booked.title());
        assertTrue(pageText().contains(booked.title()) && pageText().contains(booked.body()), pageText());
        Span unread = _get(Span.class, spec -> spec.withId("inbox-unread"));
        assertTrue(unread.isVisible());
        assertEquals(portal(ROMANIAN, "notifications.unread").replace("{count}", "1"), unread.getText());
        InboxItem item = _get(InboxItem.class);
        assertFalse(item.isRead());

        _click(_get(Button.class, spec -> spec.withClasses("inbox-mark-read")));

        assertTrue(item.isRead());
        assertFalse(unread.isVisible());
        assertEquals(0, myNotifications.unread(caller(ana)));
        assertTrue(myNotifications.inbox(caller(ana), 10).get(0).isRead());
    }

    @Test
    void anEmptyInboxSaysSoAndTheEntryIsInEveryonesNavigation() {
        KaribuPortal.signIn(mentor);
        UI.getCurrent().navigate("notifications");
        assertCurrentView(NotificationsView.class);
        assertTrue(pageText().contains(portal(Locale.ENGLISH, "notifications.none")), pageText());
        assertTrue(pageText().contains(portal(Locale.ENGLISH, "notifications.devicesNone")), pageText());
        for (Role role : Role.values()) {
            assertTrue(Navigation.forRole(role).stream().anyMatch(entry -> entry.view() == NotificationsView.class),
                    role + " should find the notifications page in the navigation");
        }
    }

    @Test
    void preferencesAreSavedAndShownAgain() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("notifications");
        _setValue(_get(Checkbox.class, spec -> spec.withId("notifications-detailed")), true);
        _setValue(_get(TimePicker.class, spec -> spec.withId("quiet-from")), LocalTime.of(21, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("quiet-until")), LocalTime.of(8, 30));
        _click(_get(Button.class, spec -> spec.withId("save-preferences")));

        assertTrue(_get(Span.class, spec -> spec.withId("preferences-saved")).isVisible());
        NotificationPreferences saved = myNotifications.preferences(caller(ana));
        assertTrue(saved.detailed());
        assertEquals(LocalTime.of(21, 0), saved.quietFrom());
        assertEquals(LocalTime.of(8, 30), saved.quietUntil());

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("notifications");
        assertTrue(_get(Checkbox.class, spec -> spec.withId("notifications-detailed")).getValue());
        assertEquals(LocalTime.of(21, 0), _get(TimePicker.class, spec -> spec.withId("quiet-from")).getValue());
        assertEquals(LocalTime.of(8, 30), _get(TimePicker.class, spec -> spec.withId("quiet-until")).getValue());
    }

    @Test
    void aTimeTheServiceRefusesIsShownBesideItsField() {
        NotificationPreferences before = myNotifications.preferences(caller(ana));
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("notifications");

        _get(PreferencesForm.class).save(null, "25:00", null);

        TimePicker from = _get(TimePicker.class, spec -> spec.withId("quiet-from"));
        assertTrue(from.isInvalid());
        assertEquals(messages.get(Bundle.API, ROMANIAN, "notifications.timeOfDay"), from.getErrorMessage());
        assertFalse(_get(TimePicker.class, spec -> spec.withId("quiet-until")).isInvalid());
        assertTrue(_find(Span.class, spec -> spec.withId("preferences-saved")).isEmpty(), "nothing was saved");
        assertEquals(before.quietFrom(), myNotifications.preferences(caller(ana)).quietFrom());
    }

    @Test
    void aRegisteredDeviceIsListedTestedAndRemoved() {
        devices.register(ana.id(), null, new NewDevice("token-of-anas-phone-ab12cd", Platform.ANDROID, "1.0", "ro"));
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("notifications");

        String page = pageText();
        assertTrue(page.contains("…ab12cd"), page);
        assertTrue(page.contains(portal(ROMANIAN, "platform.ANDROID")), page);
        assertTrue(page.contains("1.0"), page);

        _click(_get(Button.class, spec -> spec.withClasses("device-test")));
        assertTrue(_get(Span.class, spec -> spec.withClasses("device-test-sent")).isVisible());
        assertEquals(portal(ROMANIAN, "device.testSent"),
                _get(Span.class, spec -> spec.withClasses("device-test-sent")).getText());
        List<Notification> inbox = myNotifications.inbox(caller(ana), 10);
        assertEquals(1, inbox.size());
        assertEquals("test", inbox.get(0).kind());
        assertEquals(1, outbox.findAll().stream().filter(entry -> entry.status() == OutboxStatus.QUEUED).count());
        assertEquals(1, _find(InboxItem.class).size(), "the inbox shows the test at once");

        _click(_get(Button.class, spec -> spec.withClasses("device-remove")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertTrue(myNotifications.devices(caller(ana)).isEmpty());
        assertTrue(_find(Button.class, spec -> spec.withClasses("device-remove")).isEmpty());
        assertTrue(pageText().contains(portal(ROMANIAN, "notifications.devicesNone")), pageText());
    }

    @Test
    void adminSeesWhatWasQueuedAndWhetherItReallyLeaves() {
        Device phone = devices.register(ana.id(), null, new NewDevice("token-ana-1", Platform.IOS, "2.3", "ro"));
        myNotifications.test(caller(ana), phone.id());
        KaribuPortal.signIn(admin);
        UI.getCurrent().navigate("sent-notifications");

        assertCurrentView(SentNotificationsView.class);
        Div banner = _get(Div.class, spec -> spec.withId("gateway-banner"));
        String gateway = sentNotifications.gatewayName();
        assertEquals(gateway, banner.getElement().getAttribute("data-gateway"));
        assertEquals(portal(Locale.ENGLISH, "firebase".equals(gateway) ? "sentNotifications.firebase"
                : "sentNotifications.log"), banner.getText());
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("sent-grid"));
        assertEquals(1, _size(grid));
        List<String> row = _getFormattedRow(grid, 0);
        assertTrue(row.contains("Ana"), row.toString());
        assertTrue(row.contains(portal(Locale.ENGLISH, "notificationKind.test")), row.toString());
        assertTrue(row.contains(portal(Locale.ENGLISH, "sentStatus.QUEUED")), row.toString());
        assertTrue(row.contains(messages.get(Bundle.NOTIFICATIONS, ROMANIAN, "discreet.body")),
                "the lock screen said nothing about the notification: " + row);
        assertTrue(Navigation.forRole(Role.ORG_ADMIN).stream()
                .anyMatch(entry -> entry.view() == SentNotificationsView.class));
    }

    @Test
    void mentorsCaseworkersAndParticipantsAreDeniedTheDeveloperPage() {
        for (UserAccount person : List.of(mentor, caseworker, ana)) {
            KaribuPortal.signIn(person);
            UI.getCurrent().navigate("sent-notifications");
            List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            assertTrue(chain.stream().noneMatch(SentNotificationsView.class::isInstance),
                    person.role() + " must not open the developer page");
            assertTrue(Navigation.forRole(person.role()).stream()
                    .noneMatch(entry -> entry.view() == SentNotificationsView.class));
        }
    }

    @Test
    void caseworkerSeesNotificationsThatDidNotArriveAndMentorAndAdminDoNot() {
        devices.register(ana.id(), null, new NewDevice("token-ana-failing", Platform.ANDROID, "1.0", "ro"));
        bookAnAppointmentFor(ana);
        OutboxEntry entry = outbox.findAll().stream().filter(row -> row.userId().equals(ana.id())).findFirst()
                .orElseThrow();
        assertEquals(1, outbox.end(entry.id(), OutboxStatus.FAILED.name(), "INTERNAL"));

        KaribuPortal.signIn(caseworker);
        UI.getCurrent().navigate("participants/" + ana.id());
        UndeliveredNotifications section = _get(UndeliveredNotifications.class);
        String text = PrettyPrintTreeKt.toPrettyTree(section);
        assertTrue(text.contains(portal(Locale.ENGLISH, "undelivered.title")), text);
        assertTrue(text.contains("INTERNAL"), text);
        assertTrue(text.contains(messages.get(Bundle.NOTIFICATIONS, ROMANIAN, "discreet.body")), text);

        for (UserAccount other : List.of(mentor, admin)) {
            KaribuPortal.signIn(other);
            UI.getCurrent().navigate("participants/" + ana.id());
            assertTrue(pageText().contains("Ana"), pageText());
            assertTrue(_find(UndeliveredNotifications.class).isEmpty(), other.role() + " must not see it");
        }
    }

    @Test
    void caseworkerSeesNoSectionWhenEverythingArrived() {
        devices.register(ana.id(), null, new NewDevice("token-ana-fine", Platform.ANDROID, "1.0", "ro"));
        bookAnAppointmentFor(ana);
        KaribuPortal.signIn(caseworker);
        UI.getCurrent().navigate("participants/" + ana.id());
        assertTrue(_find(UndeliveredNotifications.class).isEmpty());
    }

    private void bookAnAppointmentFor(UserAccount participant) {
        appointments.book(caller(caseworker), participant.id(), new NewAppointment(AppointmentCategory.HOUSING, false,
                Instant.now().plus(2, ChronoUnit.DAYS), null, 30, "Housing office", null, null, null, null, null,
                null));
    }

    private String portal(Locale locale, String key) {
        return messages.get(Bundle.PORTAL, locale, key);
    }

    private static Caller caller(UserAccount user) {
        return new Caller(user.id(), user.organisationId(), user.role());
    }

    private static String pageText() {
        return PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }

    private static void assertCurrentView(Class<? extends Component> view) {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertTrue(!chain.isEmpty() && view.isInstance(chain.get(0)),
                "expected " + view.getSimpleName() + " but was " + chain);
    }
}
