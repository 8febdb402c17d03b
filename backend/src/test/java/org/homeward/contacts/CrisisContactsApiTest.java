package org.homeward.contacts;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.support.ApiClient;
import org.homeward.support.People;
import org.homeward.support.Plans;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.Plans.items;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.homeward.support.ProblemAssert.fieldsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crisis contacts end to end: admins keep the organisation's hotlines, a participant keeps their
 * trusted contacts, and both reach the participant (in their language and on their phone's offline
 * copy) and their assigned caseworker, never a contact marked unsafe, and nobody else.
 */
@MicronautTest(transactional = false)
class CrisisContactsApiTest {

    private static final String HOTLINES = "/api/v1/organisation/hotlines";
    private static final String TRUSTED = "/api/v1/me/trusted-contacts";
    private static final String MINE = "/api/v1/me/crisis-contacts";
    private static final String SYNC = "/api/v1/me/sync";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TestDatabase database;
    @Inject
    People people;
    @Inject
    Messages messages;

    ApiClient api;
    Plans plans;
    Organisation organisation;
    UserAccount omar;
    UserAccount casey;
    UserAccount admin;

    @BeforeEach
    void setUp() {
        database.clean();
        api = new ApiClient(http);
        plans = new Plans(api);
        organisation = people.anOrganisation();
        omar = people.aParticipant(organisation).called("Omar").speaking("ar").build();
        casey = people.aCaseworker(organisation).called("Casey").build();
        admin = people.anAdmin(organisation).called("Alex").build();
        people.assign(casey, omar);
    }

    // --- hotlines --------------------------------------------------------------------------------

    @Test
    void anAdminAddsChangesOrdersAndRemovesHotlines() {
        Map<String, Object> crisis = addHotline(aHotline("National Crisis Line", "020 7946 0123")
                .with("textNumber", "07700 900123").with("hours", "Day and night").with("languages", List.of("ar", "EN"))
                .with("region", "United Kingdom"));
        Map<String, Object> oncall = addHotline(aHotline("Riverside on-call", "+44 113 496 0999"));

        assertEquals("+442079460123", crisis.get("phone"));
        assertEquals("+447700900123", crisis.get("textNumber"));
        assertEquals(List.of("ar", "en"), crisis.get("languages"));
        assertEquals(List.of("العربية", "English"), crisis.get("languageNames"));
        assertEquals(1, crisis.get("position"));
        assertEquals(2, oncall.get("position"), "a new hotline goes last");
        assertEquals(List.of("National Crisis Line", "Riverside on-call"), names(items(api.get(HOTLINES, admin()))));

        HttpResponse<Map<String, Object>> changed = api.put(HOTLINES + "/" + oncall.get("id"),
                aHotline("Riverside on call", "0113 496 0998").with("position", 0).json(), admin());
        assertFieldProblem(changed, "position");
        Map<String, Object> moved = body(api.put(HOTLINES + "/" + oncall.get("id"),
                aHotline("Riverside on call", "0113 496 0998").with("hours", "18:00–08:00").json(), admin()));
        assertEquals("+441134960998", moved.get("phone"));
        assertEquals(2, moved.get("position"), "a position left out keeps its place");
        body(api.put(HOTLINES + "/" + oncall.get("id"), aHotline("Riverside on call", "0113 496 0998")
                .with("position", 1).json(), admin()));
        body(api.put(HOTLINES + "/" + crisis.get("id"), aHotline("National Crisis Line", "020 7946 0123")
                .with("position", 5).json(), admin()));
        assertEquals(List.of("Riverside on call", "National Crisis Line"), names(items(api.get(HOTLINES, admin()))));

        assertEquals(204, api.delete(HOTLINES + "/" + crisis.get("id"), admin()).code());
        assertEquals(List.of("Riverside on call"), names(items(api.get(HOTLINES, admin()))));
        assertProblem(api.delete(HOTLINES + "/" + crisis.get("id"), admin()), 404);
    }

    @Test
    void onlyTheOrganisationsAdminsManageItsHotlines() {
        Map<String, Object> hotline = addHotline(aHotline("National Crisis Line", "020 7946 0123"));
        UserAccount foreignAdmin = people.anAdmin(people.anOrganisation()).build();
        String path = HOTLINES + "/" + hotline.get("id");

        for (UserAccount notAdmin : List.of(omar, casey)) {
            assertProblem(api.get(HOTLINES, plans.tokenOf(notAdmin)), 403);
            assertProblem(api.post(HOTLINES, aHotline("Mine", "020 7946 0111").json(), plans.tokenOf(notAdmin)), 403);
            assertProblem(api.put(path, aHotline("Mine", "020 7946 0111").json(), plans.tokenOf(notAdmin)), 403);
            assertProblem(api.delete(path, plans.tokenOf(notAdmin)), 403);
        }
        assertProblem(api.put(path, aHotline("Theirs", "020 7946 0111").json(), plans.tokenOf(foreignAdmin)), 404);
        assertProblem(api.delete(path, plans.tokenOf(foreignAdmin)), 404);
        assertEquals(0, items(api.get(HOTLINES, plans.tokenOf(foreignAdmin))).size());
        assertEquals(List.of("National Crisis Line"), names(items(api.get(HOTLINES, admin()))));
    }

    @Test
    void aBadHotlineIsRefusedNamingTheFieldAndNothingIsStored() {
        assertFieldProblem(api.post(HOTLINES, aHotline("Crisis", "12").json(), admin()), "phone");
        assertFieldProblem(api.post(HOTLINES, aHotline("Crisis", "020 7946 0123").with("textNumber", "not a number")
                .json(), admin()), "textNumber");
        assertFieldProblem(api.post(HOTLINES, aHotline("x".repeat(101), "020 7946 0123").json(), admin()), "name");
        assertFieldProblem(api.post(HOTLINES, aHotline(" ", "020 7946 0123").json(), admin()), "name");
        assertFieldProblem(api.post(HOTLINES, aHotline("Crisis", "020 7946 0123").with("languages", List.of("en", "xx"))
                .json(), admin()), "languages");
        assertFieldProblem(api.post(HOTLINES, aHotline("Crisis", "020 7946 0123").with("hours", "h".repeat(101))
                .json(), admin()), "hours");
        Map<String, Object> problem = assertFieldProblem(api.post(HOTLINES, aHotline("Crisis", "+44")
                .with("languages", List.of("tlh")).json(), admin()), "phone");
        assertTrue(fieldsOf(problem).contains("languages"), () -> "every problem at once: " + problem);

        assertEquals(0, database.count("hotlines"));
    }

    // --- trusted contacts ------------------------------------------------------------------------

    @Test
    void aParticipantAddsChangesAndDeletesTrustedContacts() {
        Map<String, Object> sister = addContact(aContact("Amira", "07700 900401").with("relation", "FAMILY"));
        Map<String, Object> friend = addContact(aContact("Karim", "+44 7700 900402"));

        assertEquals("+447700900401", sister.get("phone"));
        assertEquals("FAMILY", sister.get("relation"));
        assertEquals(arabic("contactRelation.FAMILY"), sister.get("relationText"));
        assertEquals(false, sister.get("unsafe"));
        assertNull(friend.get("relation"));

        Map<String, Object> changed = body(api.put(TRUSTED + "/" + friend.get("id"),
                aContact("Karim H.", "07700 900409").with("relation", "FRIEND").json(), omarToken()));
        assertEquals("Karim H.", changed.get("name"));
        assertEquals(arabic("contactRelation.FRIEND"), changed.get("relationText"));
        assertEquals(List.of("Amira", "Karim H."), names(items(api.get(TRUSTED, omarToken()))));

        assertEquals(204, api.delete(TRUSTED + "/" + sister.get("id"), omarToken()).code());
        assertEquals(List.of("Karim H."), names(items(api.get(TRUSTED, omarToken()))));
        assertEquals(1, database.count("trusted_contacts"));
    }

    @Test
    void crisisContactsHoldTheHotlinesAndTheSafeTrustedContactsInTheParticipantsLanguage() {
        addHotline(aHotline("Safe Support Line", "0808 157 0200").with("languages", List.of("en", "ar"))
                .with("hours", "Mon–Fri 08:00–20:00"));
        addContact(aContact("Amira", "07700 900401").with("relation", "FAMILY"));

        Map<String, Object> contacts = body(api.get(MINE, omarToken()));

        Map<String, Object> hotline = only(list(contacts, "hotlines"));
        assertEquals("Safe Support Line", hotline.get("name"));
        assertEquals("+448081570200", hotline.get("phone"));
        assertEquals("Mon–Fri 08:00–20:00", hotline.get("hours"), "the organisation's own words");
        assertEquals(List.of("English", "العربية"), hotline.get("languageNames"));
        Map<String, Object> amira = only(list(contacts, "trustedContacts"));
        assertEquals("Amira", amira.get("name"));
        assertEquals(arabic("contactRelation.FAMILY"), amira.get("relationText"));
        assertTrue(((String) amira.get("relationText")).matches(".*[\\u0600-\\u06FF].*"), "in Arabic");
        assertFalse(amira.containsKey("unsafe"), "an offered contact is never an unsafe one");
    }

    @Test
    void aContactMarkedUnsafeIsNeverOfferedAnywhereButStaysInTheParticipantsOwnList() {
        Map<String, Object> safe = addContact(aContact("Amira", "07700 900401"));
        Map<String, Object> dan = addContact(aContact("Dan", "07700 900666").with("relation", "FRIEND"));
        addContact(aContact("D.", "+447700900666"));

        Map<String, Object> marked = body(api.put(TRUSTED + "/" + dan.get("id"),
                aContact("Dan", "07700 900666").with("relation", "FRIEND").with("unsafe", true).json(), omarToken()));
        assertEquals(true, marked.get("unsafe"));

        assertEquals(List.of(safe.get("id")), ids(list(body(api.get(MINE, omarToken())), "trustedContacts")),
                "neither Dan nor his number under another name");
        assertEquals(List.of(safe.get("id")), ids(list(body(api.get(caseworkerView(), plans.tokenOf(casey))),
                "trustedContacts")), "the caseworker is not offered Dan either");
        assertEquals(List.of(safe.get("id")), ids(list(syncedContacts(), "trustedContacts")), "nor is the phone");
        Map<String, Object> own = items(api.get(TRUSTED, omarToken())).stream()
                .filter(contact -> contact.get("id").equals(dan.get("id"))).findFirst().orElseThrow();
        assertEquals(true, own.get("unsafe"), "Omar still sees Dan, marked, in his own list");

        body(api.put(TRUSTED + "/" + dan.get("id"), aContact("Daniel", "07700 900666").json(), omarToken()));
        assertEquals(true, items(api.get(TRUSTED, omarToken())).stream()
                .filter(contact -> contact.get("id").equals(dan.get("id"))).findFirst().orElseThrow().get("unsafe"),
                "a change that leaves the mark out keeps it");
        assertEquals(1, list(body(api.get(MINE, omarToken())), "trustedContacts").size());

        body(api.put(TRUSTED + "/" + dan.get("id"), aContact("Daniel", "07700 900666").with("unsafe", false).json(),
                omarToken()));
        assertEquals(3, list(body(api.get(MINE, omarToken())), "trustedContacts").size(), "Omar changed his mind");
    }

    @Test
    void aContactAddedAsUnsafeIsNeverOffered() {
        addContact(aContact("Dan", "07700 900666").with("unsafe", true));

        assertEquals(List.of(), list(body(api.get(MINE, omarToken())), "trustedContacts"));
        assertEquals(1, items(api.get(TRUSTED, omarToken())).size());
    }

    @Test
    void aBadTrustedContactIsRefusedNamingTheFieldAndNothingIsStored() {
        assertFieldProblem(api.post(TRUSTED, aContact("Amira", "123").json(), omarToken()), "phone");
        assertFieldProblem(api.post(TRUSTED, aContact("Amira", "").json(), omarToken()), "phone");
        assertFieldProblem(api.post(TRUSTED, aContact("x".repeat(101), "07700 900401").json(), omarToken()), "name");
        assertFieldProblem(api.post(TRUSTED, aContact("Amira", "07700 900401").with("relation", "BOSS").json(),
                omarToken()), "relation");
        assertEquals(0, database.count("trusted_contacts"));

        Map<String, Object> amira = addContact(aContact("Amira", "07700 900401"));
        assertFieldProblem(api.put(TRUSTED + "/" + amira.get("id"), aContact("Amira", "not a phone").json(),
                omarToken()), "phone");
        assertEquals("+447700900401", only(items(api.get(TRUSTED, omarToken()))).get("phone"));
    }

    @Test
    void aRetriedAddWithTheSameKeyStoresOneContact() {
        MutableHttpRequest<?> first = HttpRequest.POST(TRUSTED, aContact("Amira", "07700 900401").json())
                .bearerAuth(omarToken()).header("Idempotency-Key", "contact-1");
        MutableHttpRequest<?> again = HttpRequest.POST(TRUSTED, aContact("Amira", "07700 900401").json())
                .bearerAuth(omarToken()).header("Idempotency-Key", "contact-1");

        assertEquals(201, api.exchange(first).code());
        assertEquals(201, api.exchange(again).code());
        assertEquals(1, database.count("trusted_contacts"));
    }

    @Test
    void aParticipantKeepsAtMostTwentyContacts() {
        for (int i = 0; i < TrustedContactService.MAX_CONTACTS; i++) {
            addContact(aContact("Person " + i, "07700 9004" + String.format("%02d", i)));
        }
        assertProblem(api.post(TRUSTED, aContact("One more", "07700 900499").json(), omarToken()), 409);
        assertEquals(TrustedContactService.MAX_CONTACTS, database.count("trusted_contacts"));
    }

    // --- sync ------------------------------------------------------------------------------------

    @Test
    void syncCarriesTheCrisisContactsAndAnUnchangedListKeepsItsETag() {
        addHotline(aHotline("National Crisis Line", "020 7946 0123"));
        addContact(aContact("Amira", "07700 900401").with("relation", "FAMILY"));
        HttpResponse<Map<String, Object>> first = api.exchange(HttpRequest.GET(SYNC).bearerAuth(omarToken()));
        assertEquals(200, first.code());
        Map<String, Object> contacts = map(body(first), "crisisContacts");
        assertEquals("National Crisis Line", only(list(contacts, "hotlines")).get("name"));
        assertEquals(arabic("contactRelation.FAMILY"), only(list(contacts, "trustedContacts")).get("relationText"));
        String cursor = (String) body(first).get("nextCursor");
        String etag = first.getHeaders().get(HttpHeaders.ETAG);

        HttpResponse<Map<String, Object>> unchanged = api.exchange(HttpRequest.GET(SYNC).bearerAuth(omarToken())
                .header(HttpHeaders.IF_NONE_MATCH, etag));
        assertEquals(304, unchanged.code());

        String since = SYNC + "?since=" + cursor;
        String sinceEtag = api.exchange(HttpRequest.GET(since).bearerAuth(omarToken())).getHeaders()
                .get(HttpHeaders.ETAG);
        addContact(aContact("Karim", "07700 900402"));
        HttpResponse<Map<String, Object>> changed = api.exchange(HttpRequest.GET(since).bearerAuth(omarToken())
                .header(HttpHeaders.IF_NONE_MATCH, sinceEtag));
        assertEquals(200, changed.code(), "only a contact changed, and still the phone hears of it");
        assertNotEquals(sinceEtag, changed.getHeaders().get(HttpHeaders.ETAG));
        assertEquals(2, list(map(body(changed), "crisisContacts"), "trustedContacts").size());
        assertEquals(cursor, body(changed).get("nextCursor"), "contacts do not move the cursor");
    }

    // --- who sees them ---------------------------------------------------------------------------

    @Test
    void theAssignedCaseworkerSeesTheParticipantsCrisisContactsInTheirOwnLanguage() {
        addHotline(aHotline("National Crisis Line", "020 7946 0123"));
        addContact(aContact("Amira", "07700 900401").with("relation", "FAMILY"));

        Map<String, Object> contacts = body(api.get(caseworkerView(), plans.tokenOf(casey)));

        assertEquals(1, list(contacts, "hotlines").size());
        Map<String, Object> amira = only(list(contacts, "trustedContacts"));
        assertEquals("+447700900401", amira.get("phone"));
        assertEquals(messages.get(Bundle.TASKS, Locale.ENGLISH, "contactRelation.FAMILY"), amira.get("relationText"));
    }

    @Test
    void aMatchedMentorSeesTheContactsUntilTheParticipantStopsSharingThem() {
        addContact(aContact("Amira", "07700 900401"));
        UserAccount mentor = people.aMentor(organisation).build();
        people.match(mentor, omar);
        assertEquals(1, list(body(api.get(caseworkerView(), plans.tokenOf(mentor))), "trustedContacts").size());

        assertEquals(200, api.put("/api/v1/me/sharing/" + mentor.id(), Map.of("tasks", true, "appointments", "TIMES",
                "goals", true, "checkInNotes", false, "helpRequests", false, "crisisContacts", false),
                plans.tokenOf(omar)).code());

        assertProblem(api.get(caseworkerView(), plans.tokenOf(mentor)), 403);
    }

    @Test
    void nobodyElseSeesOrChangesAParticipantsContacts() {
        Map<String, Object> amira = addContact(aContact("Amira", "07700 900401"));
        UserAccount otherParticipant = people.aParticipant(organisation).build();
        UserAccount unassigned = people.aCaseworker(organisation).build();
        UserAccount mentor = people.aMentor(organisation).build();
        people.match(mentor, omar);
        UserAccount foreignCaseworker = people.aCaseworker(people.anOrganisation()).build();
        String contact = TRUSTED + "/" + amira.get("id");

        assertProblem(api.get(caseworkerView(), plans.tokenOf(otherParticipant)), 404);
        assertProblem(api.put(contact, aContact("Mine", "07700 900111").json(), plans.tokenOf(otherParticipant)), 404);
        assertProblem(api.delete(contact, plans.tokenOf(otherParticipant)), 404);
        assertEquals(0, items(api.get(TRUSTED, plans.tokenOf(otherParticipant))).size());
        assertEquals(0, list(body(api.get(MINE, plans.tokenOf(otherParticipant))), "trustedContacts").size());
        assertProblem(api.get(caseworkerView(), plans.tokenOf(unassigned)), 404);
        assertProblem(api.get(caseworkerView(), plans.tokenOf(foreignCaseworker)), 404);
        assertProblem(api.get(caseworkerView(), admin()), 403);
        for (UserAccount staff : List.of(casey, mentor, admin)) {
            assertProblem(api.get(TRUSTED, plans.tokenOf(staff)), 403);
            assertProblem(api.get(MINE, plans.tokenOf(staff)), 403);
            assertProblem(api.put(contact, aContact("Theirs", "07700 900111").json(), plans.tokenOf(staff)), 403);
        }
        assertEquals("Amira", only(items(api.get(TRUSTED, omarToken()))).get("name"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Plans.Body aHotline(String name, String phone) {
        return new Plans.Body().with("name", name).with("phone", phone);
    }

    private static Plans.Body aContact(String name, String phone) {
        return new Plans.Body().with("name", name).with("phone", phone);
    }

    private Map<String, Object> addHotline(Plans.Body hotline) {
        HttpResponse<Map<String, Object>> added = api.post(HOTLINES, hotline.json(), admin());
        assertEquals(201, added.code(), () -> "hotline: " + added.getBody());
        return body(added);
    }

    private Map<String, Object> addContact(Plans.Body contact) {
        HttpResponse<Map<String, Object>> added = api.post(TRUSTED, contact.json(), omarToken());
        assertEquals(201, added.code(), () -> "contact: " + added.getBody());
        return body(added);
    }

    private Map<String, Object> syncedContacts() {
        HttpResponse<Map<String, Object>> synced = api.get(SYNC, omarToken());
        assertEquals(200, synced.code(), () -> "sync: " + synced.getBody());
        return map(body(synced), "crisisContacts");
    }

    private String caseworkerView() {
        return "/api/v1/participants/" + omar.id() + "/crisis-contacts";
    }

    private String admin() {
        return plans.tokenOf(admin);
    }

    private String omarToken() {
        return plans.tokenOf(omar);
    }

    private String arabic(String key) {
        return messages.get(Bundle.TASKS, Locale.forLanguageTag("ar"), key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> body, String member) {
        Object value = body.get(member);
        assertNotNull(value, () -> member + " in " + body);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String member) {
        Object value = body.get(member);
        assertNotNull(value, () -> member + " in " + body);
        return (List<Map<String, Object>>) value;
    }

    private static List<Object> names(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("name")).toList();
    }

    private static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("id")).toList();
    }

    private static Map<String, Object> only(List<Map<String, Object>> found) {
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }
}
