package org.homeward.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.caseload.CaseloadService;
import org.homeward.caseload.PersonSummary;
import org.homeward.organisations.Organisation;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;
import org.homeward.portal.day.TodayView;
import org.homeward.portal.security.PortalUser;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invitations, activation and team changes, driven through the real views. */
@MicronautTest(transactional = false, startApplication = false)
class InvitationJourneyViewsTest {

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    CaseloadService caseload;

    Organisation org;

    @BeforeEach
    void setUp() {
        database.clean();
        org = people.anOrganisation();
        KaribuPortal.start(context);
    }

    @AfterEach
    void tearDown() {
        KaribuPortal.stop();
    }

    @Test
    void caseworkerInvitesAndTheParticipantActivatesWithTheCode() {
        UserAccount caseworker = people.aCaseworker(org).called("Casey").build();
        KaribuPortal.signIn(caseworker);
        UI.getCurrent().navigate("invite");
        field(TextField.class, "display-name").setValue("Amal");
        field(TextField.class, "invite-username").setValue("amal");
        _click(field(Button.class, "send-invite"));
        String code = field(Span.class, "activation-code").getText();
        assertTrue(code.matches("[A-Z0-9]{5}-[A-Z0-9]{5}"), code);

        VaadinSession.getCurrent().setAttribute(PortalUser.class, null);
        UI.getCurrent().navigate("activate");
        field(TextField.class, "code").setValue(code.toLowerCase());
        field(TextField.class, "username").setValue("amal");
        field(PasswordField.class, "password").setValue("blue kettle morning");
        field(PasswordField.class, "repeat").setValue("blue kettle morning");
        _click(field(Button.class, "activate"));

        assertCurrentView(TodayView.class);
        assertEquals("Amal", _get(Span.class, spec -> spec.withId("signed-in-name")).getText());
        Caller casey = new Caller(caseworker.id(), org.id(), caseworker.role());
        assertEquals(List.of("Amal"), caseload.caseload(casey).stream().map(PersonSummary::displayName).toList(),
                "a participant a caseworker invites joins their caseload");
    }

    @Test
    void weakPasswordIsRefusedBesideTheFieldAndTheCodeStillWorks() {
        UserAccount caseworker = people.aCaseworker(org).build();
        KaribuPortal.signIn(caseworker);
        UI.getCurrent().navigate("invite");
        field(TextField.class, "display-name").setValue("Bo");
        field(TextField.class, "invite-username").setValue("bo-1");
        _click(field(Button.class, "send-invite"));
        String code = field(Span.class, "activation-code").getText();

        VaadinSession.getCurrent().setAttribute(PortalUser.class, null);
        UI.getCurrent().navigate("activate");
        field(TextField.class, "code").setValue(code);
        field(TextField.class, "username").setValue("bo-1");
        field(PasswordField.class, "password").setValue("password123");
        field(PasswordField.class, "repeat").setValue("password123");
        _click(field(Button.class, "activate"));
        PasswordField password = field(PasswordField.class, "password");
        assertTrue(password.isInvalid());
        assertEquals("This password is too easy to guess. Please choose another one.", password.getErrorMessage());

        password.setValue("quiet river stones");
        field(PasswordField.class, "repeat").setValue("quiet river stones");
        _click(field(Button.class, "activate"));
        assertCurrentView(TodayView.class);
    }

    @Test
    void invitationWithoutUsernameOrPhoneIsRefusedBesideTheField() {
        KaribuPortal.signIn(people.aCaseworker(org).build());
        long before = database.count("users");
        UI.getCurrent().navigate("invite");
        field(TextField.class, "display-name").setValue("Nobody");
        _click(field(Button.class, "send-invite"));
        TextField username = field(TextField.class, "invite-username");
        assertTrue(username.isInvalid());
        assertEquals("Give a username or a phone number.", username.getErrorMessage());
        assertEquals(before, database.count("users"), "nothing is written");
    }

    @Test
    void adminAssignsACaseworkerAndMatchesAMentor() {
        UserAccount admin = people.anAdmin(org).build();
        UserAccount caseworker = people.aCaseworker(org).called("Casey").build();
        UserAccount mentor = people.aMentor(org).called("Maya").build();
        UserAccount ana = people.aParticipant(org).called("Ana").build();
        KaribuPortal.signIn(admin);
        UI.getCurrent().navigate("organisation");

        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = _get(Grid.class);
        grid.asSingleSelect().setValue(PersonSummary.of(ana));
        comboBox("caseworker-choice").setValue(PersonSummary.of(caseworker));
        _click(field(Button.class, "assign-caseworker"));
        comboBox("mentor-choice").setValue(PersonSummary.of(mentor));
        _click(field(Button.class, "match-mentor"));

        Caller adminCaller = new Caller(admin.id(), org.id(), admin.role());
        var overview = caseload.overview(adminCaller, ana.id());
        assertEquals("Casey", overview.caseworkers().get(0).displayName());
        assertEquals("Maya", overview.mentorMatches().get(0).mentor().displayName());

        comboBox("mentor-choice").setValue(PersonSummary.of(mentor));
        _click(field(Button.class, "match-mentor"));
        ComboBox<PersonSummary> mentors = comboBox("mentor-choice");
        assertTrue(mentors.isInvalid(), "matching the same mentor twice is refused beside the field");
        assertFalse(mentors.getErrorMessage().isBlank());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<PersonSummary> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static <T extends Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private static void assertCurrentView(Class<? extends Component> view) {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertTrue(!chain.isEmpty() && view.isInstance(chain.get(0)), "expected " + view.getSimpleName()
                + " but was " + chain);
    }
}
