package org.homeward.portal;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.common.LifeDomain;
import org.homeward.goals.GoalService;
import org.homeward.goals.GoalView;
import org.homeward.goals.NewGoal;
import org.homeward.goals.NewRating;
import org.homeward.goals.RaterRole;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;
import org.homeward.portal.goals.GoalChart;
import org.homeward.portal.goals.GoalForm;
import org.homeward.portal.goals.GoalsPanel;
import org.homeward.portal.goals.RatingForm;
import org.homeward.sharing.AppointmentSharing;
import org.homeward.sharing.Sharing;
import org.homeward.sharing.SharingService;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The participant's goals page and the goals panel on the participant page, with real services. */
@MicronautTest(transactional = false, startApplication = false)
class GoalsViewsTest {

    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    GoalService goals;
    @Inject
    SharingService sharing;
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
    void participantSetsAGoalInTheirWordsRatesItTodayAndSetsADomainAside() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("goals");
        GoalForm form = _get(GoalForm.class, spec -> spec.withClasses("new-goal-form"));
        form.setOpened(true);
        @SuppressWarnings("unchecked")
        Select<LifeDomain> domain = _get(form, Select.class, spec -> spec.withLabel(
                messages.get(Bundle.PORTAL, ROMANIAN, "goalForm.domain")));
        domain.setValue(LifeDomain.HOUSING);
        _get(form, TextArea.class, spec -> spec.withClasses("goal-wording")).setValue("O cameră a mea");
        radio(form, "goal-baseline").setValue(1);
        _click(_get(form, Button.class, spec -> spec.withClasses("save-goal")));

        List<GoalView> mine = goals.goalsOf(caller(ana), ana.id());
        assertEquals(1, mine.size());
        assertEquals("O cameră a mea", mine.get(0).wording());
        assertEquals(1, mine.get(0).baselineRating());
        assertTrue(pageText().contains(messages.get(Bundle.TASKS, ROMANIAN, "domain.HOUSING")), pageText());

        RatingForm rating = _get(RatingForm.class);
        rating.setOpened(true);
        radio(rating, "goal-scale").setValue(2);
        _click(_get(rating, Button.class, spec -> spec.withClasses("save-rating")));
        List<GoalView> rated = goals.goalsOf(caller(ana), ana.id());
        assertEquals(List.of(2), rated.get(0).ratingsBy(RaterRole.PARTICIPANT).stream()
                .map(r -> r.rating()).toList());

        _click(_get(Button.class, spec -> spec.withClasses("not-now-FAMILY")));
        assertEquals(List.of(LifeDomain.FAMILY), goals.domainsNotNow(caller(ana), ana.id()).stream()
                .map(d -> d.domain()).toList());
        assertFalse(_find(Button.class, spec -> spec.withClasses("not-now-FAMILY")).isEmpty());
    }

    @Test
    void aRatingOutsideTheScaleIsRefusedBesideTheField() {
        GoalView goal = goals.create(caller(ana), ana.id(), new NewGoal(LifeDomain.SOCIAL, "Friends", null, 0, null));
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("goals");
        RatingForm rating = _get(RatingForm.class);
        rating.setOpened(true);
        _click(_get(rating, Button.class, spec -> spec.withClasses("save-rating")));
        RadioButtonGroup<Integer> scale = radio(rating, "goal-scale");
        assertTrue(scale.isInvalid());
        assertEquals(messages.get(Bundle.API, ROMANIAN, "field.required"), scale.getErrorMessage());
        assertTrue(goals.goal(caller(ana), goal.id()).ratings().isEmpty());
    }

    @Test
    void caseworkerSeesBothLinesOverTimeAndRatesAsCaseworker() {
        GoalView goal = goals.create(caller(caseworker), ana.id(),
                new NewGoal(LifeDomain.HOUSING, "A room of my own", "Friend's sofa", 1, null));
        LocalDate today = LocalDate.now();
        goals.rate(caller(ana), goal.id(), new NewRating(1, today.minusDays(14), null));
        goals.rate(caller(ana), goal.id(), new NewRating(3, today.minusDays(2), null));
        goals.rate(caller(caseworker), goal.id(), new NewRating(2, today.minusDays(7), null));

        KaribuPortal.signIn(caseworker);
        UI.getCurrent().navigate("participants/" + ana.id());
        GoalsPanel panel = _get(GoalsPanel.class);
        String svg = _get(panel, Html.class, spec -> spec.withClasses("goal-chart-drawing")).getInnerHtml();
        assertTrue(svg.contains("line-participant") && svg.contains("line-caseworker") && svg.contains("baseline"),
                svg);
        assertEquals(4, _find(_get(panel, GoalChart.class), ListItem.class).size(),
                "the text alternative: the starting point and each of the three ratings");
        assertTrue(pageText().contains("Caseworker’s view"), "the legend");

        RatingForm rating = _get(panel, RatingForm.class);
        rating.setOpened(true);
        radio(rating, "goal-scale").setValue(3);
        _click(_get(rating, Button.class, spec -> spec.withClasses("save-rating")));
        assertEquals(List.of(2, 3), goals.goal(caller(caseworker), goal.id()).ratingsBy(RaterRole.CASEWORKER)
                .stream().map(r -> r.rating()).toList());
        _get(panel, GoalForm.class, spec -> spec.withClasses("new-goal-form"));
    }

    @Test
    void mentorReadsGoalsWithoutFormsToChangeOrRateThem() {
        GoalView goal = goals.create(caller(ana), ana.id(), new NewGoal(LifeDomain.EMPLOYMENT, "Work in a kitchen",
                null, 1, null));
        goals.rate(caller(ana), goal.id(), new NewRating(2, null, null));

        KaribuPortal.signIn(mentor);
        UI.getCurrent().navigate("participants/" + ana.id());
        GoalsPanel panel = _get(GoalsPanel.class);
        assertTrue(pageText().contains("Work in a kitchen"), pageText());
        _get(panel, GoalChart.class);
        assertTrue(_find(panel, RatingForm.class).isEmpty());
        assertTrue(_find(panel, GoalForm.class).isEmpty());
    }

    @Test
    void whenGoalsAreNotSharedTheReaderSeesAShortNoteInstead() {
        goals.create(caller(ana), ana.id(), new NewGoal(LifeDomain.EMPLOYMENT, "Work in a kitchen", null, 1, null));
        sharing.change(caller(ana), mentor.id(), new Sharing(true, AppointmentSharing.TIMES, false, false, false,
                true));

        KaribuPortal.signIn(mentor);
        UI.getCurrent().navigate("participants/" + ana.id());
        GoalsPanel panel = _get(GoalsPanel.class);
        assertEquals(messages.get(Bundle.PORTAL, Locale.ENGLISH, "goalsPanel.notShared"),
                _get(panel, Span.class, spec -> spec.withClasses("goals-not-shared")).getText());
        assertFalse(pageText().contains("Work in a kitchen"));
        assertTrue(_find(panel, GoalChart.class).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> radio(com.vaadin.flow.component.Component parent, String className) {
        return _get(parent, RadioButtonGroup.class, spec -> spec.withClasses(className));
    }

    private static Caller caller(UserAccount user) {
        return new Caller(user.id(), user.organisationId(), user.role());
    }

    private static String pageText() {
        return com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }
}
