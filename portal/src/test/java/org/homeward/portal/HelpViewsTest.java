package org.homeward.portal;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.caseload.PersonSummary;
import org.homeward.help.HelpCategory;
import org.homeward.help.HelpEscalation;
import org.homeward.help.HelpEventKind;
import org.homeward.help.HelpOutcome;
import org.homeward.help.HelpRequestService;
import org.homeward.help.HelpRequestView;
import org.homeward.help.HelpSettingsService;
import org.homeward.help.HelpStatus;
import org.homeward.help.NewHelpRequest;
import org.homeward.help.Urgency;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.portal.caseload.CaseloadView;
import org.homeward.portal.contacts.CrisisContactsPanel;
import org.homeward.portal.help.HelpRequestCard;
import org.homeward.portal.help.HelpRequestDialog;
import org.homeward.portal.help.HelpRequestsPanel;
import org.homeward.portal.help.HelpSettingsView;
import org.homeward.portal.help.HelpView;
import org.homeward.portal.help.ParticipantHelpRequests;
import org.homeward.portal.help.ResponderRequestCard;
import org.homeward.portal.layout.Navigation;
import org.homeward.support.People;
import org.homeward.support.TestClock;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The help button and what follows it: the participant's help page, the caseworkers' panel at the
 * top of the caseload and on the participant's page, and the admins' settings.
 */
@MicronautTest(transactional = false, startApplication = false)
class HelpViewsTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    TestClock clock;
    @Inject
    HelpRequestService help;
    @Inject
    HelpSettingsService helpSettings;
    @Inject
    HelpEscalation escalation;
    @Inject
    Messages messages;

    Organisation org;
    UserAccount casey;
    UserAccount otherCaseworker;
    UserAccount mentor;
    UserAccount admin;
    UserAccount omar;
    UserAccount ana;

    @BeforeEach
    void setUp() {
        clock.reset();
        database.clean();
        org = people.anOrganisation();
        casey = people.aCaseworker(org).called("Casey").build();
        otherCaseworker = people.aCaseworker(org).called("Chris").build();
        mentor = people.aMentor(org).called("Maya").build();
        admin = people.anAdmin(org).called("Alex").build();
        omar = people.aParticipant(org).called("Omar").speaking("ar").build();
        ana = people.aParticipant(org).called("Ana").build();
        people.assign(casey, omar);
        people.assign(casey, ana);
        people.match(mentor, omar);
        KaribuPortal.start(context);
    }

    @AfterEach
    void tearDown() {
        KaribuPortal.stop();
        clock.reset();
    }

    @Test
    void oneTapStoresARequestConfirmsItAndListsItAsSentInArabic() {
        KaribuPortal.signIn(omar);
        UI.getCurrent().navigate("help");
        assertCurrentView(HelpView.class);
        assertTrue(_find(Div.class, spec -> spec.withId("help-sent")).isEmpty(), "no confirmation before sending");

        _click(_get(Button.class, spec -> spec.withId("help-now")));

        List<HelpRequestView> stored = help.mine(caller(omar));
        assertEquals(1, stored.size());
        assertEquals(HelpStatus.OPEN, stored.get(0).status());
        assertEquals(Urgency.NOW, stored.get(0).urgency());
        assertNull(stored.get(0).category());
        Div sent = _get(Div.class, spec -> spec.withId("help-sent"));
        assertEquals(portal(ARABIC, "help.sent"), sent.getElement().getTextRecursively());
        HelpRequestCard card = _get(HelpRequestCard.class);
        assertEquals(tasks(ARABIC, "helpStatus.OPEN"), statusOf(card));
        assertTrue(Navigation.forRole(Role.PARTICIPANT).stream().anyMatch(entry -> entry.view() == HelpView.class));
        assertEquals(1, _find(CrisisContactsPanel.class).size(), "the people to call are on the help page");
    }

    @Test
    void topicHowSoonAndWordsChosenBeforeTheTapGoWithTheRequestAndAMessageCanFollow() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("help");
        _click(_get(Button.class, spec -> spec.withClasses("help-category")
                .withAttribute("data-category", "SOMEWHERE_TO_SLEEP")));
        _click(_get(Button.class, spec -> spec.withClasses("help-urgency").withAttribute("data-urgency", "TODAY")));
        _setValue(_get(TextArea.class, spec -> spec.withId("help-message")), "My landlord changed the locks.");
        _click(_get(Button.class, spec -> spec.withId("help-now")));

        HelpRequestView stored = help.mine(caller(ana)).get(0);
        assertEquals(HelpCategory.SOMEWHERE_TO_SLEEP, stored.category());
        assertEquals(Urgency.TODAY, stored.urgency());
        assertEquals("My landlord changed the locks.", stored.message());

        _setValue(_get(TextArea.class, spec -> spec.withId("help-addition")), "I am at the station.");
        _click(_get(Button.class, spec -> spec.withId("help-send-addition")));
        HelpRequestView withMessage = help.request(caller(ana), stored.id());
        assertTrue(withMessage.history().stream().anyMatch(entry -> entry.kind() == HelpEventKind.MESSAGE
                && "I am at the station.".equals(entry.text())), withMessage.history().toString());
        assertEquals(1, help.mine(caller(ana)).size(), "a message is not a second request");
    }

    @Test
    void anOverlongMessageIsRefusedBesideTheFieldAndNothingIsStored() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("help");
        TextArea message = _get(TextArea.class, spec -> spec.withId("help-message"));
        message.setMaxLength(10_000);
        _setValue(message, "x".repeat(501));
        _click(_get(Button.class, spec -> spec.withId("help-now")));

        assertTrue(message.isInvalid());
        assertTrue(_find(Div.class, spec -> spec.withId("help-sent")).isEmpty());
        assertTrue(help.mine(caller(ana)).isEmpty());
    }

    @Test
    void caseworkerSeesTheRequestHighlightedAtTheTopAndAcknowledgesItAndThePersonSeesWhoSawIt() {
        clock.freezeAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        HelpRequestView raised = help.raise(caller(omar), new NewHelpRequest(HelpCategory.FEELING_UNSAFE, null, null));
        clock.advance(Duration.ofMinutes(12));

        KaribuPortal.signIn(casey);
        UI.getCurrent().navigate("caseload");
        CaseloadView caseload = _get(CaseloadView.class);
        assertInstanceOf(HelpRequestsPanel.class, caseload.getChildren().findFirst().orElseThrow(),
                "requests for help come first");
        ResponderRequestCard card = _get(ResponderRequestCard.class);
        assertEquals(raised.id(), card.request().id());
        assertTrue(card.hasClassName("help-open"));
        assertTrue(card.getStyle().get("border-inline-start").contains("error"), card.getStyle().toString());
        assertEquals(messages.format(Bundle.PORTAL, Locale.ENGLISH, "helpPanel.waitingMinutes", Map.of("count", 12)),
                _get(card, Span.class, spec -> spec.withClasses("help-waiting")).getText());
        assertEquals(messages.format(Bundle.PORTAL, Locale.ENGLISH, "helpPanel.waiting", Map.of("count", 1)),
                _get(Span.class, spec -> spec.withId("help-waiting-count")).getText());

        _click(_get(card, Button.class, spec -> spec.withClasses("help-acknowledge")));

        assertEquals(HelpStatus.ACKNOWLEDGED, help.request(caller(omar), raised.id()).status());
        ResponderRequestCard acknowledged = _get(ResponderRequestCard.class);
        assertFalse(acknowledged.hasClassName("help-open"));
        assertTrue(_find(Button.class, spec -> spec.withClasses("help-acknowledge")).isEmpty());

        KaribuPortal.signIn(omar);
        UI.getCurrent().navigate("help");
        String seen = statusOf(_get(HelpRequestCard.class));
        String arabicSeen = tasks(ARABIC, "helpStatus.ACKNOWLEDGED");
        assertTrue(seen.startsWith(arabicSeen.substring(0, arabicSeen.indexOf('{'))), seen);
        assertTrue(seen.contains("Casey"), seen);
        assertEquals(help.mine(caller(omar)).get(0).statusText(), seen);
    }

    @Test
    void aReferralWithoutAPlaceIsRefusedBesideTheFieldAndNothingIsStoredThenNoteResolveAndReopen() {
        HelpRequestView raised = help.raise(caller(ana), new NewHelpRequest(null, Urgency.TODAY, "Need a lawyer"));
        KaribuPortal.signIn(casey);
        UI.getCurrent().navigate("caseload");
        _click(_get(Button.class, spec -> spec.withClasses("help-open-details")));

        _setValue(_get(TextArea.class, spec -> spec.withId("help-note")), "Called her, no answer.");
        _click(_get(Button.class, spec -> spec.withId("help-save-note")));
        String history = PrettyPrintTreeKt.toPrettyTree(_get(HelpRequestDialog.class));
        assertTrue(history.contains("Called her, no answer."), history);

        _setValue(_get(Select.class, spec -> spec.withId("help-outcome")), HelpOutcome.REFERRED);
        _click(_get(Button.class, spec -> spec.withId("help-resolve")));

        TextField referredTo = _get(TextField.class, spec -> spec.withId("help-referred-to"));
        assertTrue(referredTo.isVisible());
        assertTrue(referredTo.isInvalid());
        assertEquals(messages.get(Bundle.API, Locale.ENGLISH, "help.referredToRequired"), referredTo.getErrorMessage());
        HelpRequestView unchanged = help.request(caller(casey), raised.id());
        assertEquals(HelpStatus.OPEN, unchanged.status());
        assertTrue(unchanged.history().stream().noneMatch(entry -> entry.kind() == HelpEventKind.RESOLVED));

        _setValue(referredTo, "Law centre");
        _click(_get(Button.class, spec -> spec.withId("help-resolve")));
        HelpRequestView resolved = help.request(caller(casey), raised.id());
        assertEquals(HelpStatus.RESOLVED, resolved.status());
        assertEquals("Law centre", resolved.referredTo());

        _click(_get(Button.class, spec -> spec.withId("help-dialog-close")));
        ResponderRequestCard recentlyResolved = _get(ResponderRequestCard.class);
        assertEquals(HelpStatus.RESOLVED, recentlyResolved.request().status());
        _click(_get(recentlyResolved, Button.class, spec -> spec.withClasses("help-reopen")));
        assertEquals(HelpStatus.OPEN, help.request(caller(casey), raised.id()).status());
        assertTrue(_get(ResponderRequestCard.class).hasClassName("help-open"));
    }

    @Test
    void theParticipantCancelsTheirOwnRequestAfterConfirming() {
        HelpRequestView raised = help.raise(caller(omar), new NewHelpRequest(null, null, null));
        KaribuPortal.signIn(omar);
        UI.getCurrent().navigate("help");

        _click(_get(Button.class, spec -> spec.withClasses("help-cancel")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertEquals(HelpStatus.CANCELLED, help.request(caller(omar), raised.id()).status());
        assertEquals(tasks(ARABIC, "helpStatus.CANCELLED"), statusOf(_get(HelpRequestCard.class)));
        assertTrue(_find(Button.class, spec -> spec.withClasses("help-cancel")).isEmpty());
    }

    @Test
    void onlyTheCaseworkersItReachedSeeTheRequest() {
        help.raise(caller(omar), new NewHelpRequest(null, null, null));

        KaribuPortal.signIn(otherCaseworker);
        UI.getCurrent().navigate("caseload");
        assertTrue(_find(ResponderRequestCard.class).isEmpty(), "an unassigned caseworker sees nothing");
        assertTrue(pageText().contains(portal(Locale.ENGLISH, "helpPanel.none")), pageText());

        KaribuPortal.signIn(mentor);
        UI.getCurrent().navigate("");
        assertTrue(_find(HelpRequestsPanel.class).isEmpty());
        UI.getCurrent().navigate("participants/" + omar.id());
        assertTrue(pageText().contains("Omar"), pageText());
        assertTrue(_find(ParticipantHelpRequests.class).isEmpty(), "the mentor sees no requests");
        assertTrue(_find(ResponderRequestCard.class).isEmpty());

        KaribuPortal.signIn(casey);
        UI.getCurrent().navigate("participants/" + omar.id());
        assertEquals(1, _find(_get(ParticipantHelpRequests.class), ResponderRequestCard.class).size(),
                "the caseworker sees it on Omar's page");
        UI.getCurrent().navigate("participants/" + ana.id());
        assertTrue(_find(ResponderRequestCard.class).isEmpty(), "and not on Ana's");
    }

    @Test
    void aRequestNobodyAcknowledgedReachesTheBackupCaseworkerMarkedAsSentToBackup() {
        helpSettings.change(caller(admin), null, null, null, otherCaseworker.id(), List.of());
        clock.freezeAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        help.raise(caller(ana), new NewHelpRequest(null, null, null));
        clock.advance(Duration.ofMinutes(16));
        assertEquals(1, escalation.escalateDue());

        KaribuPortal.signIn(otherCaseworker);
        UI.getCurrent().navigate("caseload");
        ResponderRequestCard card = _get(ResponderRequestCard.class);
        assertTrue(card.hasClassName("help-open"));
        assertEquals(portal(Locale.ENGLISH, "helpPanel.escalated.1"),
                _get(card, Span.class, spec -> spec.withClasses("help-escalation")).getText());
    }

    @Test
    void adminSavesResponseTimesAndTheChainAndSeesTheMonthlyFigures() {
        HelpRequestView raised = help.raise(caller(ana), new NewHelpRequest(null, null, null));
        help.acknowledge(caller(casey), raised.id());
        KaribuPortal.signIn(admin);
        UI.getCurrent().navigate("help-settings");
        assertCurrentView(HelpSettingsView.class);
        assertTrue(Navigation.forRole(Role.ORG_ADMIN).stream().anyMatch(entry -> entry.view() == HelpSettingsView.class));

        IntegerField now = _get(IntegerField.class, spec -> spec.withId("help-now-minutes"));
        assertEquals(15, now.getValue(), "the default for now");
        _setValue(now, 0);
        _click(_get(Button.class, spec -> spec.withId("help-save-settings")));
        assertTrue(now.isInvalid());
        assertEquals(messages.get(Bundle.API, Locale.ENGLISH, "help.responseMinutes"), now.getErrorMessage());
        assertEquals(15, helpSettings.setup(caller(admin)).settings().nowMinutes(), "nothing saved");

        _setValue(now, 10);
        _setValue(_get(IntegerField.class, spec -> spec.withId("help-today-minutes")), 120);
        PersonSummary chris = PersonSummary.of(otherCaseworker);
        _setValue(_get(Select.class, spec -> spec.withId("help-backup")), chris);
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("help-on-call")), Set.of(PersonSummary.of(casey)));
        _click(_get(Button.class, spec -> spec.withId("help-save-settings")));

        assertFalse(now.isInvalid());
        assertTrue(_get(Span.class, spec -> spec.withId("help-settings-saved")).isVisible());
        HelpSettingsService.HelpSetup saved = helpSettings.setup(caller(admin));
        assertEquals(10, saved.settings().nowMinutes());
        assertEquals(120, saved.settings().todayMinutes());
        assertEquals(otherCaseworker.id(), saved.settings().backupCaseworkerId());
        assertEquals(List.of(casey.id()), saved.onCall());

        Grid<?> figures = _get(Grid.class, spec -> spec.withId("help-figures"));
        assertEquals(12, _size(figures));
        List<String> thisMonth = _getFormattedRow(figures, 0);
        String month = YearMonth.from(Instant.now().atZone(ZoneOffset.UTC)).toString();
        assertEquals(helpSettings.figures(caller(admin)).stream().filter(row -> row.month().equals(month)).findFirst()
                .orElseThrow().requests(), Integer.parseInt(thisMonth.get(1)), thisMonth.toString());
        assertEquals("1", thisMonth.get(1), thisMonth.toString());
        assertEquals("1", thisMonth.get(2), thisMonth.toString());
    }

    @Test
    void onlyAdminsOpenTheSettingsAndOnlyParticipantsTheHelpPage() {
        for (UserAccount person : List.of(casey, mentor, omar)) {
            KaribuPortal.signIn(person);
            UI.getCurrent().navigate("help-settings");
            List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            assertTrue(chain.stream().noneMatch(HelpSettingsView.class::isInstance),
                    person.role() + " must not open the help settings");
            assertTrue(Navigation.forRole(person.role()).stream().noneMatch(entry -> entry.view() == HelpSettingsView.class));
        }
        for (UserAccount person : List.of(casey, mentor, admin)) {
            KaribuPortal.signIn(person);
            UI.getCurrent().navigate("help");
            List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            assertTrue(chain.stream().noneMatch(HelpView.class::isInstance), person.role() + " has no help button");
        }
    }

    private static String statusOf(HelpRequestCard card) {
        return _get(card, Span.class, spec -> spec.withClasses("help-status")).getText();
    }

    private String portal(Locale locale, String key) {
        return messages.get(Bundle.PORTAL, locale, key);
    }

    private String tasks(Locale locale, String key) {
        return messages.get(Bundle.TASKS, locale, key);
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
