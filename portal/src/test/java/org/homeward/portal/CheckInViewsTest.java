package org.homeward.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.checkins.CheckInService;
import org.homeward.checkins.CheckInView;
import org.homeward.checkins.ConcernKind;
import org.homeward.checkins.ConcernService;
import org.homeward.checkins.InControl;
import org.homeward.checkins.MeetingMode;
import org.homeward.checkins.NewCheckIn;
import org.homeward.checkins.NewConcern;
import org.homeward.common.LifeDomain;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;
import org.homeward.portal.checkins.CheckInForm;
import org.homeward.portal.checkins.CheckInList;
import org.homeward.portal.checkins.ConcernsPanel;
import org.homeward.portal.checkins.SelfCheckInCard;
import org.homeward.support.People;
import org.homeward.support.TestClock;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Check-ins in the portal: the mentor's form on the participant's page (errors beside the fields),
 * the caseworker's panel (check-ins over time with notes by consent, open concerns with a response),
 * and the participant's own check-in on their home page.
 */
@MicronautTest(transactional = false, startApplication = false)
class CheckInViewsTest {

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    TestClock clock;
    @Inject
    CheckInService checkIns;
    @Inject
    ConcernService concerns;
    @Inject
    Messages messages;

    UserAccount ana;
    UserAccount maya;
    UserAccount casey;

    @BeforeEach
    void setUp() {
        clock.reset();
        database.clean();
        Organisation org = people.anOrganisation();
        ana = people.aParticipant(org).called("Ana").build();
        maya = people.aMentor(org).called("Maya").build();
        casey = people.aCaseworker(org).called("Casey").build();
        people.assign(casey, ana);
        people.match(maya, ana);
        KaribuPortal.start(context);
    }

    @AfterEach
    void tearDown() {
        KaribuPortal.stop();
    }

    @Test
    void theMentorsFormShowsEachRefusalBesideItsFieldAndStoresNothing() {
        openParticipantPageAs(maya);
        CheckInForm form = _get(CheckInForm.class);
        form.setOpened(true);
        _setValue(_get(TextArea.class, spec -> spec.withId("check-in-note")), "x".repeat(2001));

        _click(_get(Button.class, spec -> spec.withId("save-check-in")));

        RadioButtonGroup<?> mood = _get(RadioButtonGroup.class, spec -> spec.withId("check-in-mood"));
        assertTrue(mood.isInvalid(), "mood is required");
        assertEquals(api("field.required", Map.of()), mood.getErrorMessage());
        TextArea note = _get(TextArea.class, spec -> spec.withId("check-in-note"));
        assertTrue(note.isInvalid());
        assertEquals(api("text.tooLong", Map.of("max", 2000)), note.getErrorMessage());
        assertTrue(checkIns.checkInsOf(caller(maya), ana.id()).isEmpty());
    }

    @Test
    void theMentorLogsACheckInWithFacesAndDomainsAndSeesItListed() {
        openParticipantPageAs(maya);
        assertEquals(5, _get(RadioButtonGroup.class, spec -> spec.withId("check-in-mood")).getListDataView()
                .getItemCount(), "five steps");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> mood = _get(RadioButtonGroup.class, spec -> spec.withId("check-in-mood"));
        _setValue(mood, 4);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<LifeDomain> domains = _get(MultiSelectComboBox.class,
                spec -> spec.withId("check-in-domains"));
        _setValue(domains, Set.of(LifeDomain.HOUSING));
        _setValue(_get(TextArea.class, spec -> spec.withId("check-in-note")), "Flat viewing went well");

        _click(_get(Button.class, spec -> spec.withId("save-check-in")));

        List<CheckInView> stored = checkIns.checkInsOf(caller(maya), ana.id());
        assertEquals(1, stored.size());
        assertEquals(4, stored.get(0).mood());
        assertEquals(List.of(LifeDomain.HOUSING), stored.get(0).domains());
        assertFalse(stored.get(0).noteShared(), "kept private unless ticked");
        Div card = _get(Div.class, spec -> spec.withClasses("check-in-card"));
        assertTrue(card.getElement().getTextRecursively().contains("Flat viewing went well"));
        Icon face = _get(card, Icon.class, spec -> spec.withClasses("mood-face"));
        assertEquals(tasks("mood.4"), face.getElement().getAttribute("aria-label"), "the face is named for screen readers");
    }

    @Test
    void theCaseworkerSeesCheckInsOverTimeSharedNotesAndAnswersAnOpenConcern() {
        Caller mentor = caller(maya);
        checkIns.log(mentor, ana.id(), new NewCheckIn(null, MeetingMode.PHONE, 20, 2, List.of("SAFETY"),
                InControl.NO, "Shared worry", true, null, new NewConcern(ConcernKind.SAFETY, "Someone followed her"),
                null));
        checkIns.log(mentor, ana.id(), new NewCheckIn(null, MeetingMode.IN_PERSON, 60, 4, List.of(), InControl.YES,
                "Private", false, null, null, null));

        openParticipantPageAs(casey);

        CheckInList list = _get(CheckInList.class);
        List<Div> cards = _find(list, Div.class, spec -> spec.withClasses("check-in-card"));
        assertEquals(2, cards.size());
        String text = list.getElement().getTextRecursively();
        assertTrue(text.contains("Shared worry"), text);
        assertFalse(text.contains("Private"), text);
        ConcernsPanel panel = _get(ConcernsPanel.class);
        assertTrue(panel.getElement().getTextRecursively().contains(tasks("concernKind.SAFETY")));

        _setValue(_get(panel, TextArea.class, spec -> spec.withClasses("concern-response")), "Called her; safe now");
        _click(_get(panel, Button.class, spec -> spec.withClasses("concern-respond")));

        assertTrue(concerns.openConcernsFor(List.of(ana.id())).isEmpty());
        assertTrue(_find(Button.class, spec -> spec.withClasses("concern-respond")).isEmpty(), "no longer open");
    }

    @Test
    void anEmptyResponseIsRefusedBesideTheField() {
        checkIns.log(caller(maya), ana.id(), new NewCheckIn(null, MeetingMode.PHONE, 20, 2, List.of(), null, null,
                false, null, new NewConcern(ConcernKind.HOUSING_LOSS, null), null));
        openParticipantPageAs(casey);

        _click(_get(Button.class, spec -> spec.withClasses("concern-respond")));

        TextArea response = _get(TextArea.class, spec -> spec.withClasses("concern-response"));
        assertTrue(response.isInvalid());
        assertEquals(1, concerns.openConcernsFor(List.of(ana.id())).get(ana.id()).size());
    }

    @Test
    void theParticipantRecordsHowTheyAreFromTheirHomePage() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("me");
        SelfCheckInCard card = _get(SelfCheckInCard.class);
        _click(_get(card, Button.class, spec -> spec.withId("self-check-in-save")));
        assertTrue(_get(RadioButtonGroup.class, spec -> spec.withId("self-check-in-mood")).isInvalid());

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> mood = _get(RadioButtonGroup.class, spec -> spec.withId("self-check-in-mood"));
        _setValue(mood, 3);
        _setValue(_get(TextArea.class, spec -> spec.withId("self-check-in-note")), "Busy day");
        _click(_get(card, Button.class, spec -> spec.withId("self-check-in-save")));

        List<CheckInView> mine = checkIns.mine(caller(ana));
        assertEquals(1, mine.size());
        assertEquals("Busy day", mine.get(0).note());
        assertTrue(_get(Paragraph.class, spec -> spec.withId("self-check-in-saved")).isVisible());
    }

    private void openParticipantPageAs(UserAccount user) {
        KaribuPortal.signIn(user);
        UI.getCurrent().navigate("participants/" + ana.id());
    }

    private String api(String key, Map<String, Object> arguments) {
        return messages.format(Bundle.API, Locale.ENGLISH, key, arguments);
    }

    private String tasks(String key) {
        return messages.get(Bundle.TASKS, Locale.ENGLISH, key);
    }

    private static Caller caller(UserAccount user) {
        return new Caller(user.id(), user.organisationId(), user.role());
    }
}
