package org.homeward.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.audit.AccessLogEntry;
import org.homeward.caseload.PersonSummary;
import org.homeward.common.LifeDomain;
import org.homeward.dashboard.DashboardRow;
import org.homeward.help.HelpRequestService;
import org.homeward.help.NewHelpRequest;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.portal.audit.AuditTrailView;
import org.homeward.portal.audit.WhoLookedView;
import org.homeward.portal.caseload.CaseloadView;
import org.homeward.portal.participant.ParticipantView;
import org.homeward.portal.sharing.SharingView;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.homeward.tasks.NewTask;
import org.homeward.tasks.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.homeward.portal.Pages.assertCurrentView;
import static org.homeward.portal.Pages.caller;
import static org.homeward.portal.Pages.pageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The participant's control over who sees what, and their view of who looked; the admins' audit
 * search; the caseworker's dashboard ordered by need.
 */
@MicronautTest(transactional = false, startApplication = false)
class SharingViewsTest {

    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    Messages messages;
    @Inject
    TaskService tasks;
    @Inject
    HelpRequestService help;

    UserAccount casey;
    UserAccount maya;
    UserAccount admin;
    UserAccount ana;
    UserAccount ben;

    @BeforeEach
    void setUp() {
        database.clean();
        Organisation org = people.anOrganisation();
        casey = people.aCaseworker(org).called("Casey").build();
        maya = people.aMentor(org).called("Maya").build();
        admin = people.anAdmin(org).called("Alex").build();
        ana = people.aParticipant(org).called("Ana").speaking("ro").build();
        ben = people.aParticipant(org).called("Ben").build();
        people.assign(casey, ana);
        people.assign(casey, ben);
        people.match(maya, ana);
        tasks.create(caller(casey), ana.id(), new NewTask(null, LifeDomain.HOUSING, "Call the landlord", null, null, null));
        KaribuPortal.start(context);
    }

    @AfterEach
    void tearDown() {
        KaribuPortal.stop();
    }

    @Test
    void aParticipantStopsSharingTasksWithTheirMentorAndTheMentorSeesANoteInstead() {
        KaribuPortal.signIn(maya);
        UI.getCurrent().navigate(ParticipantView.class, ana.id());
        assertTrue(pageText().contains("Call the landlord"), pageText());

        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate(SharingView.class);
        assertCurrentView(SharingView.class);
        assertTrue(pageText().contains(portal(ROMANIAN, "sharing.intro")), pageText());
        Checkbox mayasTasks = _get(cardOf(maya), Checkbox.class,
                spec -> spec.withLabel(portal(ROMANIAN, "sharing.tasks")));
        _setValue(mayasTasks, false);
        _click(_get(Button.class, spec -> spec.withId("save-sharing-" + maya.id())));

        KaribuPortal.signIn(maya);
        UI.getCurrent().navigate(ParticipantView.class, ana.id());
        assertFalse(pageText().contains("Call the landlord"), pageText());
        assertEquals(1, _find(Paragraph.class, spec -> spec.withId("participant-tasks-not-shared")).size(), pageText());
    }

    @Test
    void theCaseworkersRequestsForHelpSwitchCannotBeTurnedOff() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate(SharingView.class);
        Checkbox caseysHelp = _get(cardOf(casey), Checkbox.class,
                spec -> spec.withLabel(portal(ROMANIAN, "sharing.helpRequests")));
        assertFalse(caseysHelp.isEnabled());
        assertTrue(caseysHelp.getValue());
    }

    @Test
    void aParticipantSeesInTheirLanguageWhoLookedAtTheirInformation() {
        tasks.tasksOf(caller(maya), ana.id());
        tasks.tasksOf(caller(ana), ana.id());

        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate(WhoLookedView.class);

        String page = pageText();
        assertTrue(page.contains(portal(ROMANIAN, "whoLooked.title")), page);
        assertTrue(page.contains("Maya (" + portal(ROMANIAN, "role.MENTOR") + ")"), page);
        assertTrue(page.contains("Casey (" + portal(ROMANIAN, "role.CASEWORKER") + ")"), page);
        assertFalse(page.contains("Ana (" + portal(ROMANIAN, "role.PARTICIPANT") + ")"), "own looks stay off");
    }

    @Test
    void anAdminSearchesTheAuditTrailByPerson() {
        tasks.tasksOf(caller(maya), ana.id());
        KaribuPortal.signIn(admin);
        UI.getCurrent().navigate(AuditTrailView.class);
        @SuppressWarnings("unchecked")
        Grid<AccessLogEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertEquals(2, _size(grid), "Casey's change and Maya's look");
        _setValue(_get(ComboBox.class,
                spec -> spec.withLabel(portal(Locale.ENGLISH, "audit.person"))), PersonSummary.of(maya));
        _click(_get(Button.class, spec -> spec.withId("audit-search")));
        assertEquals(1, _size(grid));
        assertTrue(String.join(" ", _getFormattedRow(grid, 0)).contains("Maya"));
    }

    @Test
    void theCaseworkersDashboardPutsARequestForHelpFirst() {
        help.raise(caller(ben), new NewHelpRequest(null, null, null));
        KaribuPortal.signIn(casey);
        UI.getCurrent().navigate(CaseloadView.class);
        @SuppressWarnings("unchecked")
        Grid<DashboardRow> grid = _get(Grid.class, spec -> spec.withId("caseload-grid"));
        assertEquals(List.of("Ben", "Ana"), List.of(_getFormattedRow(grid, 0).get(0), _getFormattedRow(grid, 1).get(0)));
    }

    private static VerticalLayout cardOf(UserAccount person) {
        return _get(VerticalLayout.class, spec -> spec.withId("sharing-" + person.id()));
    }

    private String portal(Locale locale, String key) {
        return messages.get(Bundle.PORTAL, locale, key);
    }
}
