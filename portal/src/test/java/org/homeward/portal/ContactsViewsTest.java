package org.homeward.portal;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.contacts.ContactRelation;
import org.homeward.contacts.CrisisContactService;
import org.homeward.contacts.HotlineService;
import org.homeward.contacts.HotlineView;
import org.homeward.contacts.NewHotline;
import org.homeward.contacts.NewTrustedContact;
import org.homeward.contacts.TrustedContactService;
import org.homeward.contacts.TrustedContactView;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Languages;
import org.homeward.i18n.Messages;
import org.homeward.i18n.PseudoLocales;
import org.homeward.organisations.Organisation;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.portal.contacts.CrisisContactsPanel;
import org.homeward.portal.contacts.HotlineDialog;
import org.homeward.portal.contacts.HotlinesView;
import org.homeward.portal.contacts.MyContactsView;
import org.homeward.portal.contacts.TrustedContactDialog;
import org.homeward.portal.layout.Navigation;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crisis contacts in the portal: the participant's trusted people with the unsafe mark, the
 * admins' hotlines, the tap-to-call panel, and the caseworker's section on the participant page.
 */
@MicronautTest(transactional = false, startApplication = false)
class ContactsViewsTest {

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
    Languages languages;
    @Inject
    HotlineService hotlines;
    @Inject
    TrustedContactService trusted;
    @Inject
    CrisisContactService crisisContacts;

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

    // --- the participant's trusted people -------------------------------------------------------

    @Test
    void aParticipantAddsSomeoneTheyTrustAndChangesThem() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("my-contacts");
        assertCurrentView(MyContactsView.class);
        assertTrue(pageText().contains(portal(ROMANIAN, "myContacts.unsafeText")), "the mark is explained");
        assertTrue(pageText().contains(portal(ROMANIAN, "myContacts.none")), pageText());

        _click(_get(Button.class, spec -> spec.withId("add-contact")));
        _setValue(_get(TextField.class, spec -> spec.withId("trusted-name")), "Ioana");
        _setValue(relationSelect(), ContactRelation.FAMILY);
        _setValue(_get(TextField.class, spec -> spec.withId("trusted-phone")), "07700 900401");
        _click(_get(Button.class, spec -> spec.withId("trusted-save")));

        assertTrue(_find(TrustedContactDialog.class).isEmpty());
        TrustedContactView stored = only(trusted.mine(caller(ana)));
        assertEquals("+447700900401", stored.phone());
        assertEquals(ContactRelation.FAMILY, stored.relation());
        assertTrue(pageText().contains("Ioana") && pageText().contains("+44 7700 900401"), pageText());
        assertTrue(pageText().contains(tasks(ROMANIAN, "contactRelation.FAMILY")), pageText());

        _click(_get(Button.class, spec -> spec.withClasses("contact-change")));
        TextField name = _get(TextField.class, spec -> spec.withId("trusted-name"));
        assertEquals("Ioana", name.getValue(), "the form starts from the contact as it is");
        _setValue(name, "Ioana M.");
        _click(_get(Button.class, spec -> spec.withId("trusted-save")));
        assertEquals("Ioana M.", only(trusted.mine(caller(ana))).name());
    }

    @Test
    void aNumberThatCannotBeDialledIsShownBesideItsFieldAndNothingIsStored() {
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("my-contacts");
        _click(_get(Button.class, spec -> spec.withId("add-contact")));
        _setValue(_get(TextField.class, spec -> spec.withId("trusted-name")), "Ioana");
        TextField phone = _get(TextField.class, spec -> spec.withId("trusted-phone"));
        _setValue(phone, "123");
        _click(_get(Button.class, spec -> spec.withId("trusted-save")));

        assertTrue(phone.isInvalid());
        assertEquals(messages.get(Bundle.API, ROMANIAN, "phone.invalid"), phone.getErrorMessage());
        assertFalse(_get(TextField.class, spec -> spec.withId("trusted-name")).isInvalid());
        _get(TrustedContactDialog.class);
        assertTrue(trusted.mine(caller(ana)).isEmpty());
    }

    @Test
    void someoneMarkedNotSafeStaysInTheParticipantsListAndNowhereElseUntilMarkedSafeAgain() {
        trusted.add(caller(ana), new NewTrustedContact("Dan", ContactRelation.OTHER, "07700 900666", null));
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("my-contacts");

        _click(_get(Button.class, spec -> spec.withClasses("contact-mark-unsafe")));

        assertTrue(only(trusted.mine(caller(ana))).unsafe());
        assertTrue(crisisContacts.mine(caller(ana)).trustedContacts().isEmpty());
        assertTrue(crisisContacts.of(caller(caseworker), ana.id()).trustedContacts().isEmpty());
        assertTrue(pageText().contains("Dan"), "still in Ana's own list");
        assertTrue(pageText().contains(portal(ROMANIAN, "myContacts.unsafeBadge")), pageText());

        _click(_get(Button.class, spec -> spec.withClasses("contact-mark-safe")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertEquals(portal(ROMANIAN, "myContacts.safeAgainTitle").replace("{name}", "Dan"),
                confirm.getElement().getProperty("header"));
        _fireConfirm(confirm);

        assertFalse(only(trusted.mine(caller(ana))).unsafe());
        assertEquals(1, crisisContacts.mine(caller(ana)).trustedContacts().size());
        assertFalse(pageText().contains(portal(ROMANIAN, "myContacts.unsafeBadge")), pageText());
    }

    @Test
    void aParticipantDeletesSomeoneOnlyAfterConfirming() {
        trusted.add(caller(ana), new NewTrustedContact("Dan", null, "07700 900666", true));
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("my-contacts");

        _click(_get(Button.class, spec -> spec.withClasses("contact-delete")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertTrue(trusted.mine(caller(ana)).isEmpty());
        assertTrue(pageText().contains(portal(ROMANIAN, "myContacts.none")), pageText());
    }

    // --- the panel ------------------------------------------------------------------------------

    @Test
    void thePanelOffersHotlinesAndSafePeopleWithLargeTapToCallLinks() {
        addHotline("Safe Support Line", "+44 808 157 0200", "+44 7700 900200");
        trusted.add(caller(ana), new NewTrustedContact("Ioana", ContactRelation.FAMILY, "07700 900401", null));
        trusted.add(caller(ana), new NewTrustedContact("Dan", null, "07700 900666", true));
        KaribuPortal.signIn(ana);
        UI.getCurrent().navigate("my-contacts");

        CrisisContactsPanel panel = CrisisContactsPanel.forMe(crisisContacts, caller(ana));
        UI.getCurrent().add(panel);

        String text = PrettyPrintTreeKt.toPrettyTree(panel);
        assertTrue(text.contains("Safe Support Line") && text.contains("Ioana"), text);
        assertFalse(text.contains("Dan"), "never one marked not safe: " + text);
        List<String> hrefs = _find(panel, Anchor.class).stream().map(Anchor::getHref).toList();
        assertEquals(List.of("tel:+448081570200", "sms:+447700900200", "tel:+447700900401"), hrefs);
        for (Anchor link : _find(panel, Anchor.class)) {
            assertEquals("48px", link.getStyle().get("min-height"), "a large touch target");
            assertTrue(link.getElement().getAttribute("aria-label").contains("+44"), "read out with the number");
        }
        assertEquals("my-contacts", _get(panel, RouterLink.class).getHref());
        assertTrue(text.contains(tasks(ROMANIAN, "contactRelation.FAMILY")), text);
    }

    @Test
    void theCaseworkerAndTheMentorSeeTheParticipantsCrisisContactsAndTheAdminDoesNot() {
        addHotline("National Crisis Line", "+44 808 157 0100", null);
        trusted.add(caller(ana), new NewTrustedContact("Ioana", ContactRelation.FAMILY, "07700 900401", null));
        trusted.add(caller(ana), new NewTrustedContact("Dan", null, "07700 900666", true));

        KaribuPortal.signIn(caseworker);
        UI.getCurrent().navigate("participants/" + ana.id());
        CrisisContactsPanel panel = _get(CrisisContactsPanel.class);
        String text = PrettyPrintTreeKt.toPrettyTree(panel);
        assertTrue(text.contains("National Crisis Line") && text.contains("Ioana"), text);
        assertFalse(text.contains("Dan"), text);
        assertTrue(text.contains(tasks(Locale.ENGLISH, "contactRelation.FAMILY")), "in the caseworker's language");
        assertTrue(_find(panel, Anchor.class).stream().anyMatch(a -> a.getHref().equals("tel:+447700900401")));
        assertTrue(_find(panel, RouterLink.class).isEmpty(), "the caseworker does not manage them");

        // A matched mentor sees them until the participant stops sharing them; an admin never.
        KaribuPortal.signIn(mentor);
        UI.getCurrent().navigate("participants/" + ana.id());
        assertFalse(PrettyPrintTreeKt.toPrettyTree(_get(CrisisContactsPanel.class)).contains("Dan"));
        KaribuPortal.signIn(admin);
        UI.getCurrent().navigate("participants/" + ana.id());
        assertTrue(pageText().contains("Ana"), pageText());
        assertTrue(_find(CrisisContactsPanel.class).isEmpty(), "an admin must not see them");
    }

    // --- the admins' hotlines -------------------------------------------------------------------

    @Test
    void anAdminAddsChangesAndRemovesAHotline() {
        KaribuPortal.signIn(admin);
        UI.getCurrent().navigate("hotlines");
        assertCurrentView(HotlinesView.class);
        assertTrue(pageText().contains(portal(Locale.ENGLISH, "hotlines.none")), pageText());

        _click(_get(Button.class, spec -> spec.withId("add-hotline")));
        _setValue(_get(TextField.class, spec -> spec.withId("hotline-name")), "Safe Support Line");
        _setValue(_get(TextField.class, spec -> spec.withId("hotline-phone")), "0808 157 0200");
        _setValue(_get(TextField.class, spec -> spec.withId("hotline-text-number")), "07700 900200");
        _setValue(_get(TextField.class, spec -> spec.withId("hotline-hours")), "Mon–Fri 08:00–20:00");
        _setValue(languagesBox(), Set.of(languages.find("ro").orElseThrow(), languages.find("ar").orElseThrow()));
        _setValue(_get(TextField.class, spec -> spec.withId("hotline-region")), "England and Wales");
        _click(_get(Button.class, spec -> spec.withId("hotline-save")));

        assertTrue(_find(HotlineDialog.class).isEmpty());
        HotlineView stored = only(hotlines.hotlines(caller(admin)));
        assertEquals("+448081570200", stored.phone());
        assertEquals("+447700900200", stored.textNumber());
        assertEquals(Set.of("ro", "ar"), Set.copyOf(stored.languages()));
        assertEquals(1, stored.position());
        assertTrue(pageText().contains("Safe Support Line") && pageText().contains("Română"), pageText());

        _click(_get(Button.class, spec -> spec.withClasses("hotline-change")));
        assertEquals("+448081570200", _get(TextField.class, spec -> spec.withId("hotline-phone")).getValue(),
                "the form starts from the hotline as it is");
        _setValue(_get(IntegerField.class, spec -> spec.withId("hotline-position")), 3);
        _click(_get(Button.class, spec -> spec.withId("hotline-save")));
        assertEquals(3, only(hotlines.hotlines(caller(admin))).position());

        _click(_get(Button.class, spec -> spec.withClasses("hotline-remove")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertTrue(hotlines.hotlines(caller(admin)).isEmpty());
    }

    @Test
    void aHotlineTheServiceRefusesIsShownBesideEachFieldAndNothingIsStored() {
        KaribuPortal.signIn(admin);
        UI.getCurrent().navigate("hotlines");
        _click(_get(Button.class, spec -> spec.withId("add-hotline")));
        _setValue(_get(TextField.class, spec -> spec.withId("hotline-name")), "x".repeat(101));
        TextField phone = _get(TextField.class, spec -> spec.withId("hotline-phone"));
        _setValue(phone, "12");
        _click(_get(Button.class, spec -> spec.withId("hotline-save")));

        assertTrue(phone.isInvalid());
        assertEquals(messages.get(Bundle.API, Locale.ENGLISH, "phone.invalid"), phone.getErrorMessage());
        assertTrue(_get(TextField.class, spec -> spec.withId("hotline-name")).isInvalid());
        _get(HotlineDialog.class);
        assertTrue(hotlines.hotlines(caller(admin)).isEmpty());
    }

    // --- who may open what ----------------------------------------------------------------------

    @Test
    void eachPageOpensOnlyForItsRoleAndIsInThatRolesNavigation() {
        for (UserAccount person : List.of(caseworker, mentor, admin)) {
            KaribuPortal.signIn(person);
            UI.getCurrent().navigate("my-contacts");
            assertNotOpen(MyContactsView.class, person);
        }
        for (UserAccount person : List.of(ana, caseworker, mentor)) {
            KaribuPortal.signIn(person);
            UI.getCurrent().navigate("hotlines");
            assertNotOpen(HotlinesView.class, person);
        }
        for (Role role : Role.values()) {
            assertEquals(role == Role.PARTICIPANT, Navigation.forRole(role).stream()
                    .anyMatch(entry -> entry.view() == MyContactsView.class), role.name());
            assertEquals(role == Role.ORG_ADMIN, Navigation.forRole(role).stream()
                    .anyMatch(entry -> entry.view() == HotlinesView.class), role.name());
        }
    }

    @Test
    void everyTextOnTheContactPagesComesFromTheBundles() {
        addHotline("Safe Support Line", "+44 808 157 0200", "+44 7700 900200");
        trusted.add(caller(ana), new NewTrustedContact("Ioana", ContactRelation.FAMILY, "07700 900401", null));
        trusted.add(caller(ana), new NewTrustedContact("Dan", null, "07700 900666", true));
        Set<String> data = Set.of("Ana", "Alex", "Ioana", "Dan", "Safe Support Line", "+44 808 157 0200",
                "+44 7700 900401", "+44 7700 900666");
        for (UserAccount person : List.of(ana, admin)) {
            KaribuPortal.signIn(person);
            UI.getCurrent().navigate(person == ana ? "my-contacts" : "hotlines");
            UI.getCurrent().setLocale(PseudoLocales.ACCENTED);
            UI.getCurrent().refreshCurrentRoute(true);
            if (person == ana) {
                UI.getCurrent().add(CrisisContactsPanel.forMe(crisisContacts, caller(ana)));
            }
            List<String> untranslated = visibleTexts().stream()
                    .filter(text -> !text.contains(PseudoLocales.START) && !data.contains(text) && text.length() > 2)
                    .toList();
            assertTrue(untranslated.isEmpty(), "text not produced through the i18n provider: " + untranslated);
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private void addHotline(String name, String phone, String textNumber) {
        hotlines.add(caller(admin), new NewHotline(name, phone, textNumber, "Day and night", List.of("en", "ro"),
                "United Kingdom", null));
    }

    @SuppressWarnings("unchecked")
    private static Select<ContactRelation> relationSelect() {
        return _get(Select.class, spec -> spec.withId("trusted-relation"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<org.homeward.i18n.SupportedLanguage> languagesBox() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("hotline-languages"));
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

    private static <T> T only(List<T> found) {
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    private static String pageText() {
        return PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }

    private static void assertCurrentView(Class<? extends Component> view) {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertTrue(!chain.isEmpty() && view.isInstance(chain.get(0)),
                "expected " + view.getSimpleName() + " but was " + chain);
    }

    private static void assertNotOpen(Class<? extends Component> view, UserAccount person) {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertTrue(chain.stream().noneMatch(view::isInstance), person.role() + " must not open " + view.getSimpleName());
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
        }
        return texts;
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.trim());
        }
    }
}
