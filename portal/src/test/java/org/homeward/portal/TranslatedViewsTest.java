package org.homeward.portal;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.i18n.PseudoLocales;
import org.homeward.organisations.Organisation;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role's home page speaks the reader's language: right-to-left and in Arabic for an Arabic
 * reader, and, under the accented pseudo-language, every visible text came through the bundles.
 */
@MicronautTest(transactional = false, startApplication = false)
class TranslatedViewsTest {

    /** Names of the fixture people: data, not text, so they need no translation. */
    private static final Set<String> DATA = Set.of("Ana", "Omar", "Casey", "Maya", "Alex");

    @Inject
    ApplicationContext context;
    @Inject
    TestDatabase database;
    @Inject
    People people;

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

    @ParameterizedTest
    @EnumSource(Role.class)
    void homePageUnderArabicIsRightToLeftAndArabic(Role role) {
        KaribuPortal.signIn(personWithTeam(role, "ar"));
        UI.getCurrent().navigate("");
        assertEquals("rtl", UI.getCurrent().getElement().getAttribute("dir"));
        assertEquals("خروج سريع", _get(Button.class, spec -> spec.withId("quick-exit")).getText());
        assertEquals("تسجيل الخروج", _get(Button.class, spec -> spec.withId("sign-out")).getText());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyTextOnTheHomePageComesFromTheBundles(Role role) {
        KaribuPortal.signIn(personWithTeam(role, "en"));
        UI.getCurrent().navigate("");
        UI.getCurrent().setLocale(PseudoLocales.ACCENTED);
        UI.getCurrent().refreshCurrentRoute(true);
        List<String> untranslated = new ArrayList<>();
        List<String> texts = visibleTexts();
        for (String text : texts) {
            if (!text.contains(PseudoLocales.START) && !DATA.contains(text) && !isInitials(text)) {
                untranslated.add(text);
            }
        }
        assertTrue(texts.size() > 3, "the page shows text: " + texts);
        assertTrue(untranslated.isEmpty(), "text not produced through the i18n provider: " + untranslated);
    }

    private UserAccount personWithTeam(Role role, String language) {
        UserAccount caseworker = people.aCaseworker(org).called("Casey").speaking(language).build();
        UserAccount mentor = people.aMentor(org).called("Maya").speaking(language).build();
        UserAccount ana = people.aParticipant(org).called("Ana").speaking(language).build();
        people.assign(caseworker, ana);
        people.match(mentor, ana);
        return switch (role) {
            case PARTICIPANT -> ana;
            case MENTOR -> mentor;
            case CASEWORKER -> caseworker;
            case ORG_ADMIN -> people.anAdmin(org).called("Alex").speaking(language).build();
        };
    }

    private static List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        for (Component component : LocatorJ._find(Component.class)) {
            if (component instanceof HasText hasText && !(component instanceof UI)) {
                add(texts, component.getElement().getText());
            }
            if (component instanceof HasLabel hasLabel) {
                add(texts, hasLabel.getLabel());
            }
            if (component instanceof SideNavItem item) {
                add(texts, item.getLabel());
            }
            if (component instanceof Grid<?> grid) {
                grid.getColumns().forEach(column -> add(texts, column.getHeaderText()));
            }
        }
        return texts;
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.trim());
        }
    }

    private static boolean isInitials(String text) {
        return text.length() <= 2 && text.equals(text.toUpperCase(Locale.ROOT));
    }
}
