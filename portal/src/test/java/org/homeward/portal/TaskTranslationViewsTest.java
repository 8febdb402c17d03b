package org.homeward.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.common.LifeDomain;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;
import org.homeward.portal.day.TaskCard;
import org.homeward.portal.participant.ParticipantView;
import org.homeward.portal.participant.TranslationDialog;
import org.homeward.portal.participant.TranslationStatus;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.homeward.tasks.NewTask;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Free-text tasks written in another language than the participant reads: the people who support
 * the participant translate them from the participant page, and the participant reads the
 * translation with the original one tap away.
 */
@MicronautTest(transactional = false, startApplication = false)
class TaskTranslationViewsTest {

    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    TaskService tasks;
    @Inject
    Messages messages;

    Organisation org;
    UserAccount caseworker;
    UserAccount mentor;
    UserAccount ana;

    @BeforeEach
    void setUp() {
        database.clean();
        org = people.anOrganisation();
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
    void caseworkerTranslatesAFreeTextTaskAndAnaReadsItWithTheOriginalBeside() {
        TaskView task = englishTask();
        KaribuPortal.signIn(caseworker);
        UI.getCurrent().navigate("participants/" + ana.id());
        assertEquals("Not yet translated into Română.", _get(Span.class, spec -> spec.withClasses("translation-missing"))
                .getText());

        _click(_get(Button.class, spec -> spec.withClasses("translate-task").withText("Add translation")));
        TextField title = _get(TextField.class, spec -> spec.withId("translation-title"));
        assertEquals("Original: Call the landlord", title.getHelperText(), "the original stays in sight");
        _setValue(title, "Sunați proprietarul");
        _setValue(_get(TextArea.class, spec -> spec.withId("translation-steps")), "Găsiți numărul\n\nSunați dimineața");
        _click(_get(Button.class, spec -> spec.withId("save-translation")));

        assertTrue(_find(TranslationDialog.class).isEmpty(), "the dialog closes once the words are stored");
        assertEquals("Translated into Română: Sunați proprietarul",
                _get(Span.class, spec -> spec.withClasses("translation-done")).getText());
        _get(Button.class, spec -> spec.withClasses("translate-task").withText("Change translation"));
        TaskView theirs = tasks.task(caller(ana), task.id());
        assertEquals("Sunați proprietarul", theirs.text().title());
        assertEquals(List.of("Găsiți numărul", "Sunați dimineața"), theirs.text().steps(), "empty lines are no steps");
        assertFalse(theirs.notYetTranslated());

        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("tasks");
        assertTrue(pageText().contains("Sunați proprietarul"), pageText());
        assertTrue(_find(Span.class, spec -> spec.withClasses("not-yet-translated")).isEmpty());
        Details original = _get(Details.class, spec -> spec.withClasses("task-original"));
        assertEquals(messages.format(Bundle.PORTAL, ROMANIAN, "task.original",
                Map.of("language", Locale.ENGLISH.getDisplayLanguage(ROMANIAN))), original.getSummaryText());
        assertTrue(original.getElement().getTextRecursively().contains("Call the landlord"),
                "the author's own words are kept beside the translation");
    }

    @Test
    void translationWithoutATitleIsRefusedBesideTheFieldAndNothingIsStored() {
        TaskView task = englishTask();
        KaribuPortal.signIn(caseworker);
        UI.getCurrent().navigate("participants/" + ana.id());
        _click(_get(Button.class, spec -> spec.withClasses("translate-task")));
        _setValue(_get(TextArea.class, spec -> spec.withId("translation-steps")), "Găsiți numărul");
        _click(_get(Button.class, spec -> spec.withId("save-translation")));

        TextField title = _get(TextField.class, spec -> spec.withId("translation-title"));
        assertTrue(title.isInvalid());
        assertEquals(messages.get(Bundle.API, Locale.ENGLISH, "field.required"), title.getErrorMessage());
        _get(TranslationDialog.class);
        assertTrue(tasks.task(caller(ana), task.id()).notYetTranslated(), "nothing half-written");
    }

    @Test
    void matchedMentorMayTranslateButAnAdminSeesNoTasks() {
        englishTask();
        KaribuPortal.signIn(mentor);
        UI.getCurrent().navigate("participants/" + ana.id());
        _get(Button.class, spec -> spec.withClasses("translate-task"));

        KaribuPortal.signIn(people.anAdmin(org).called("Alex").build());
        UI.getCurrent().navigate("participants/" + ana.id());
        assertTrue(_find(TranslationStatus.class).isEmpty(), "an admin runs accounts, not plans");
        _get(Paragraph.class, spec -> spec.withId("participant-tasks-not-shared"));
        assertTrue(_find(Button.class, spec -> spec.withClasses("translate-task")).isEmpty());
    }

    @Test
    void participantIsOfferedNoTranslationOfWhatOthersWrote() {
        englishTask();
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("tasks");
        _get(Span.class, spec -> spec.withClasses("not-yet-translated"));
        assertTrue(_find(Button.class, spec -> spec.withClasses("translate-task")).isEmpty());
        assertTrue(_find(TranslationStatus.class).isEmpty());

        // The page with the translate button is for the people around them; it is refused to a participant.
        UI.getCurrent().navigate("participants/" + ana.id());
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertTrue(chain.stream().noneMatch(ParticipantView.class::isInstance), "shown: " + chain);
    }

    @Test
    void tasksAlreadyInTheParticipantsLanguageNeedNoTranslation() {
        tasks.create(caller(ana), ana.id(), new NewTask(null, LifeDomain.HOUSING, "Sun la proprietar", null, null,
                null));
        tasks.create(caller(caseworker), ana.id(), new NewTask("library-card", null, null, null, null, null));
        KaribuPortal.signIn(caseworker);
        UI.getCurrent().navigate("participants/" + ana.id());
        assertEquals(2, _find(TaskCard.class).size());
        assertTrue(_find(TranslationStatus.class).isEmpty());
    }

    private TaskView englishTask() {
        return tasks.create(caller(caseworker), ana.id(), new NewTask(null, LifeDomain.HOUSING, "Call the landlord",
                List.of("Find the number"), "Your tenancy letter", null));
    }

    private static Caller caller(UserAccount user) {
        return new Caller(user.id(), user.organisationId(), user.role());
    }

    private static String pageText() {
        return com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }
}
