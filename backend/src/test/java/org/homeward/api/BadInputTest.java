package org.homeward.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.support.ApiClient;
import org.homeward.support.People;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.homeward.support.ProblemAssert.assertProblem;
import static org.homeward.support.ProblemAssert.fieldsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a client sends, the answer is a problem the phone can show: 400 (413 when too large)
 * with a title and, where one field is at fault, an {@code errors} entry naming it. Never a 500,
 * never internals in the body, and nothing written.
 */
@MicronautTest(transactional = false)
class BadInputTest {

    private static final String LOGIN = "/api/v1/auth/login";
    private static final String INVITATIONS = "/api/v1/invitations";
    private static final Pattern ARABIC_LETTERS = Pattern.compile("\\p{IsArabic}");
    private static final List<String> TABLES = List.of("organisations", "users", "participant_profiles",
            "case_assignments", "mentor_matches", "activation_codes", "refresh_tokens", "login_attempts");
    /** One byte over the API's 16 KiB limit, inside an otherwise valid body. */
    private static final String OVERSIZE = "x".repeat(16 * 1024 + 1);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Inject
    TestDatabase database;

    @Inject
    People people;

    ApiClient api;
    Organisation organisation;
    String caseworkerToken;

    @BeforeEach
    void setUp() {
        database.clean();
        api = new ApiClient(http);
        organisation = people.anOrganisation();
        UserAccount caseworker = people.aCaseworker(organisation).build();
        caseworkerToken = api.login(caseworker.username(), People.PASSWORD);
    }

    static Stream<Arguments> badLoginBodies() {
        return Stream.of(
                bad("malformed JSON", "{\"username\": \"amal\", \"password\": ", 400, null),
                bad("empty body", "", 400, null),
                bad("array instead of object", "[]", 400, null),
                bad("unknown field", "{\"username\":\"amal\",\"password\":\"lantern river\",\"admin\":true}", 400,
                        "admin"),
                bad("oversize body", "{\"username\":\"amal\",\"password\":\"" + OVERSIZE + "\"}", 413, null),
                bad("number for text", "{\"username\":123,\"password\":\"lantern river\"}", 400, "username"),
                bad("boolean for text", "{\"username\":true,\"password\":\"lantern river\"}", 400, "username"),
                bad("object for text", "{\"username\":{\"a\":1},\"password\":\"lantern river\"}", 400, "username"),
                bad("array for text", "{\"username\":[\"amal\"],\"password\":\"lantern river\"}", 400, "username"),
                bad("missing password", "{\"username\":\"amal\"}", 400, "password"),
                bad("null username", "{\"username\":null,\"password\":\"lantern river\"}", 400, "username"),
                bad("blank username", "{\"username\":\"  \",\"password\":\"lantern river\"}", 400, "username"),
                bad("too long username", "{\"username\":\"" + "a".repeat(65) + "\",\"password\":\"lantern river\"}",
                        400, "username"));
    }

    static Stream<Arguments> badInvitationBodies() {
        return Stream.of(
                bad("malformed JSON", "{\"role\": \"PARTICIPANT\", \"displayName\": ", 400, null),
                bad("empty body", "", 400, null),
                bad("unknown field", invitation("\"isAdmin\":true"), 400, "isAdmin"),
                bad("oversize body", "{\"role\":\"PARTICIPANT\",\"username\":\"amal.h\",\"displayName\":\""
                        + OVERSIZE + "\"}", 413, null),
                bad("number for text", "{\"role\":\"PARTICIPANT\",\"displayName\":123,\"username\":\"amal.h\"}",
                        400, "displayName"),
                bad("object for text", "{\"role\":\"PARTICIPANT\",\"displayName\":{},\"username\":\"amal.h\"}",
                        400, "displayName"),
                bad("number for role", "{\"role\":5,\"displayName\":\"Amal\",\"username\":\"amal.h\"}", 400, "role"),
                bad("unknown role", "{\"role\":\"KING\",\"displayName\":\"Amal\",\"username\":\"amal.h\"}", 400,
                        "role"),
                bad("lower-case role", "{\"role\":\"participant\",\"displayName\":\"Amal\",\"username\":\"amal.h\"}",
                        400, "role"),
                bad("unknown release status", invitation("\"releaseStatus\":\"FREE\""), 400, "releaseStatus"),
                bad("not a date", invitation("\"releaseDate\":\"tomorrow\""), 400, "releaseDate"),
                bad("missing role", "{\"displayName\":\"Amal\",\"username\":\"amal.h\"}", 400, "role"),
                bad("missing display name", "{\"role\":\"PARTICIPANT\",\"username\":\"amal.h\"}", 400, "displayName"),
                bad("neither username nor phone", "{\"role\":\"PARTICIPANT\",\"displayName\":\"Amal\"}", 400,
                        "username"),
                bad("invalid username", "{\"role\":\"PARTICIPANT\",\"displayName\":\"Amal\",\"username\":\"a b\"}",
                        400, "username"),
                bad("unknown time zone", invitation("\"timeZone\":\"Mars/Olympus\""), 400, "timeZone"),
                bad("unsupported language", invitation("\"language\":\"tlh\""), 400, "language"));
    }

    @ParameterizedTest(name = "login, {0}")
    @MethodSource("badLoginBodies")
    void badLoginBodyGetsAProblemAndWritesNothing(String label, String json, int status, String field) {
        assertRefusedWithoutWriting(post(LOGIN, json, null), status, field);
    }

    @ParameterizedTest(name = "invitation, {0}")
    @MethodSource("badInvitationBodies")
    void badInvitationBodyGetsAProblemAndWritesNothing(String label, String json, int status, String field) {
        assertRefusedWithoutWriting(post(INVITATIONS, json, caseworkerToken), status, field);
    }

    @Test
    void wellFormedInvitationIsAcceptedSoTheBadCasesAreNotRefusedForAnotherReason() {
        HttpResponse<Map<String, Object>> response = api.exchange(post(INVITATIONS, invitation(null), caseworkerToken));

        assertEquals(201, response.code(), () -> "body: " + response.getBody());
    }

    @Test
    void problemTitlesAreInArabicWhenTheDeviceAsksForArabic() {
        List<MutableHttpRequest<?>> anonymous = List.of(
                post(LOGIN, "{\"username\": ", null),
                post(LOGIN, "{\"username\":\"amal\"}", null),
                post(LOGIN, "{\"username\":\"amal\",\"password\":\"" + OVERSIZE + "\"}", null),
                post(LOGIN, "{\"username\":\"nobody-here\",\"password\":\"lantern river\"}", null),
                post(INVITATIONS, invitation(null), null));
        List<MutableHttpRequest<?>> inArabic = List.of(
                post(LOGIN, "{\"username\": ", null),
                post(LOGIN, "{\"username\":\"amal\"}", null),
                post(LOGIN, "{\"username\":\"amal\",\"password\":\"" + OVERSIZE + "\"}", null),
                post(LOGIN, "{\"username\":\"nobody-here\",\"password\":\"lantern river\"}", null),
                post(INVITATIONS, invitation(null), null));
        inArabic.forEach(request -> request.header("Accept-Language", "ar"));

        for (int i = 0; i < anonymous.size(); i++) {
            HttpResponse<Map<String, Object>> english = api.exchange(anonymous.get(i));
            HttpResponse<Map<String, Object>> arabic = api.exchange(inArabic.get(i));
            Map<String, Object> englishProblem = assertProblem(english, english.code());
            Map<String, Object> arabicProblem = assertProblem(arabic, english.code());
            String title = (String) arabicProblem.get("title");
            assertNotEquals(englishProblem.get("title"), title, "request " + i);
            assertTrue(ARABIC_LETTERS.matcher(title).find(), "Arabic letters in the title: " + title);
            assertTrue(ARABIC_LETTERS.matcher((String) arabicProblem.get("detail")).find(),
                    "Arabic letters in the detail: " + arabicProblem.get("detail"));
            assertEquals(englishProblem.get("type"), arabicProblem.get("type"), "the type is not translated");
            assertEquals(fieldsOf(englishProblem), fieldsOf(arabicProblem), "field names are not translated");
        }
    }

    @Test
    void fieldMessagesAreInTheSignedInPersonsLanguage() {
        UserAccount arabicCaseworker = people.aCaseworker(organisation).speaking("ar").build();
        String token = api.login(arabicCaseworker.username(), People.PASSWORD);

        Map<String, Object> problem = assertProblem(
                api.exchange(post(INVITATIONS, "{\"role\":\"KING\",\"displayName\":\"Amal\"}", token)), 400);

        assertTrue(ARABIC_LETTERS.matcher((String) problem.get("title")).find(), "title: " + problem);
        assertEquals(List.of("role"), fieldsOf(problem));
        @SuppressWarnings("unchecked")
        String message = ((List<Map<String, Object>>) problem.get("errors")).get(0).get("message").toString();
        assertTrue(ARABIC_LETTERS.matcher(message).find(), "field message: " + message);
    }

    /**
     * A body sent chunked has no length to check before reading, so it is refused outright (411).
     */
    @Test
    void bodySentChunkedWithoutLengthIsRefused() throws Exception {
        byte[] body = ("{\"username\":\"amal\",\"password\":\"" + OVERSIZE + "\"}").getBytes(StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + LOGIN))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertEquals(411, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void missingRefreshTokenIsNamedAsInJson() {
        assertRefusedWithoutWriting(HttpRequest.POST("/api/v1/auth/token", Map.of("grant_type", "refresh_token")),
                400, "refresh_token");
    }

    // --- helpers -----------------------------------------------------------------------------

    private void assertRefusedWithoutWriting(MutableHttpRequest<?> request, int status, String field) {
        Map<String, Long> before = rowCounts();

        HttpResponse<Map<String, Object>> response = api.exchange(request);

        Map<String, Object> problem = assertProblem(response, status);
        if (field != null) {
            assertEquals(List.of(field), fieldsOf(problem), () -> "errors should name " + field + ": " + problem);
        }
        String text = problem.toString();
        for (String internal : List.of("org.homeward", "io.micronaut", "java.", "Exception", "SQL", "REDACTED")) {
            assertFalse(text.contains(internal), () -> "no internals (" + internal + ") in " + text);
        }
        assertEquals(before, rowCounts(), "nothing written");
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, database.count(table)));
        return counts;
    }

    private static MutableHttpRequest<?> post(String path, String json, String token) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE);
        if (token != null) {
            request.bearerAuth(token);
        }
        return request;
    }

    /** A valid invitation body, with one extra member when given. */
    private static String invitation(String extraMember) {
        return "{\"role\":\"PARTICIPANT\",\"displayName\":\"Amal\",\"username\":\"amal.h\""
                + (extraMember == null ? "" : "," + extraMember) + "}";
    }

    private static Arguments bad(String label, String json, int status, String field) {
        return Arguments.of(label, json, status, field);
    }
}
