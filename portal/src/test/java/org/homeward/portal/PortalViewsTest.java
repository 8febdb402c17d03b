package org.homeward.portal;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.portal.caseload.CaseloadView;
import org.homeward.portal.home.MentorHomeView;
import org.homeward.portal.day.TodayView;
import org.homeward.portal.home.ParticipantHomeView;
import org.homeward.portal.login.LoginView;
import org.homeward.portal.organisation.OrganisationView;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false, startApplication = false)
class PortalViewsTest {

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    People people;

    Organisation org;
    UserAccount caseworker;
    UserAccount mentor;
    UserAccount ana;
    UserAccount omar;

    @BeforeEach
    void setUp() {
        database.clean();
        org = people.anOrganisation();
        caseworker = people.aCaseworker(org).called("Casey").build();
        mentor = people.aMentor(org).called("Maya").build();
        ana = people.aParticipant(org).called("Ana").build();
        omar = people.aParticipant(org).called("Omar").speaking("ar").build();
        people.assign(caseworker, ana);
        people.assign(caseworker, omar);
        people.match(mentor, ana);
        KaribuPortal.start(context);
    }

    @AfterEach
    void tearDown() {
        KaribuPortal.stop();
    }

    @Test
    void anonymousVisitorIsSentToSignIn() {
        UI.getCurrent().navigate("caseload");
        assertCurrentView(LoginView.class);
    }

    @Test
    void caseworkerLandsOnTheirCaseload() {
        KaribuPortal.signIn(caseworker);
        UI.getCurrent().navigate("");
        assertCurrentView(CaseloadView.class);
        assertEquals(2, _size(_get(Grid.class)));
    }

    @Test
    void participantLandsOnTheirDay() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("");
        assertCurrentView(TodayView.class);
    }

    @Test
    void participantSeesTheirNameMentorAndCaseworker() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("me");
        assertCurrentView(ParticipantHomeView.class);
        String page = pageText();
        assertTrue(page.contains("Hello, Ana"), page);
        assertTrue(page.contains("Casey"));
        assertTrue(page.contains("Maya"));
    }

    @Test
    void mentorSeesOnlyMatchedMentees() {
        KaribuPortal.signIn(mentor);
        UI.getCurrent().navigate("");
        assertCurrentView(MentorHomeView.class);
        String page = pageText();
        assertTrue(page.contains("Ana"));
        assertTrue(!page.contains("Omar"), "a mentor sees only their mentees");
    }

    @Test
    void organisationAdminSeesEveryoneInTheOrganisation() {
        UserAccount admin = people.anAdmin(org).called("Alex").build();
        people.aParticipant(people.anOrganisation()).called("Elsewhere").build();
        KaribuPortal.signIn(admin);
        UI.getCurrent().navigate("");
        assertCurrentView(OrganisationView.class);
        assertEquals(5, _size(_get(Grid.class)));
    }

    @Test
    void participantCannotOpenTheCaseload() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("caseload");
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertTrue(chain.stream().noneMatch(CaseloadView.class::isInstance), "participant must not see the caseload");
    }

    @Test
    void arabicSpeakerGetsRightToLeftPortal() {
        KaribuPortal.signIn(omar);
        UI.getCurrent().navigate("me");
        assertEquals("rtl", UI.getCurrent().getElement().getAttribute("dir"));
        assertEquals("ar", UI.getCurrent().getLocale().getLanguage());
        assertEquals("خروج سريع", _get(Button.class, spec -> spec.withId("quick-exit")).getText());
        assertTrue(_get(H2.class).getText().startsWith("مرحبًا"));
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
