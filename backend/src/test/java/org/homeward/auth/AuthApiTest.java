package org.homeward.auth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.support.ApiClient;
import org.homeward.support.People;
import org.homeward.support.TestClock;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AuthApiTest {

    private static final String STRONG_PASSWORD = "lantern river quietly";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestDatabase database;

    @Inject
    People people;

    @Inject
    TestClock clock;

    @Inject
    ActivationCodeRepository activationCodes;

    ApiClient api;
    Organisation organisation;

    @BeforeEach
    void setUp() {
        clock.reset();
        database.clean();
        api = new ApiClient(http);
        organisation = people.anOrganisation();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- sign-in ---------------------------------------------------------------------------

    @Test
    void loginWithTheRightPasswordReturnsOAuthTokens() {
        UserAccount participant = people.aParticipant(organisation).build();

        HttpResponse<Map<String, Object>> response = login(participant.username(), People.PASSWORD);

        assertEquals(200, response.code());
        Map<String, Object> tokens = body(response);
        assertNonBlank(tokens.get("access_token"));
        assertNonBlank(tokens.get("refresh_token"));
        assertEquals("Bearer", tokens.get("token_type"));
        assertEquals(900, ((Number) tokens.get("expires_in")).intValue());
        assertEquals(200, api.get("/api/v1/me", (String) tokens.get("access_token")).code());
    }

    @Test
    void wrongPasswordAndUnknownUsernameGetTheSameProblem() {
        UserAccount participant = people.aParticipant(organisation).build();

        Map<String, Object> wrongPassword = assertProblem(login(participant.username(), "not the password"), 401);
        Map<String, Object> unknownUser = assertProblem(login("nobody-by-this-name", "not the password"), 401);

        assertEquals(wrongPassword.get("type"), unknownUser.get("type"));
        assertEquals(wrongPassword.get("title"), unknownUser.get("title"));
        assertEquals(wrongPassword.get("detail"), unknownUser.get("detail"));
        assertEquals(wrongPassword, unknownUser, "the whole problem body");
    }

    @Test
    void invitedAccountThatIsNotActivatedCannotSignIn() {
        UserAccount invited = people.aParticipant(organisation).invited().build();

        assertProblem(login(invited.username(), People.PASSWORD), 401);
    }

    // --- refresh tokens ----------------------------------------------------------------------

    @Test
    void refreshRotatesTheTokenAndTheOldOneIsRefused() {
        UserAccount participant = people.aParticipant(organisation).build();
        String first = refreshTokenOf(login(participant.username(), People.PASSWORD));

        HttpResponse<Map<String, Object>> refreshed = refresh(first);

        assertEquals(200, refreshed.code());
        String second = refreshTokenOf(refreshed);
        assertNotEquals(first, second);
        assertEquals(200, api.get("/api/v1/me", (String) body(refreshed).get("access_token")).code());
        assertProblem(refresh(first), 401);
    }

    @Test
    void reusedRefreshTokenRevokesTheWholeFamily() {
        UserAccount participant = people.aParticipant(organisation).build();
        String first = refreshTokenOf(login(participant.username(), People.PASSWORD));
        String otherDevice = refreshTokenOf(login(participant.username(), People.PASSWORD));
        String second = refreshTokenOf(refresh(first));

        assertProblem(refresh(first), 401);

        assertProblem(refresh(second), 401);
        assertEquals(200, refresh(otherDevice).code(), "a separate sign-in is another family and keeps working");
    }

    @Test
    void refreshWithAnUnknownTokenIsRefused() {
        assertProblem(refresh("no-such-token"), 401);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        UserAccount participant = people.aParticipant(organisation).build();
        String refreshToken = refreshTokenOf(login(participant.username(), People.PASSWORD));

        HttpResponse<Map<String, Object>> logout = api.post("/api/v1/auth/logout",
                Map.of("refresh_token", refreshToken), null);

        assertEquals(204, logout.code());
        assertProblem(refresh(refreshToken), 401);
    }

    // --- me ----------------------------------------------------------------------------------

    @Test
    void meDescribesTheSignedInPerson() {
        UserAccount participant = people.aParticipant(organisation).called("Amal").speaking("ar").build();
        String token = api.login(participant.username(), People.PASSWORD);

        HttpResponse<Map<String, Object>> response = api.get("/api/v1/me", token);

        assertEquals(200, response.code());
        Map<String, Object> me = body(response);
        assertEquals(participant.id(), me.get("id"));
        assertEquals("PARTICIPANT", me.get("role"));
        assertEquals("Amal", me.get("displayName"));
        assertEquals("ar", me.get("language"));
        assertEquals("Europe/London", me.get("timeZone"));
        assertEquals(Map.of("id", organisation.id(), "name", organisation.name()), me.get("organisation"));
    }

    @Test
    void meWithoutATokenIsUnauthorized() {
        assertProblem(api.get("/api/v1/me", null), 401);
    }

    // --- throttling --------------------------------------------------------------------------

    @Test
    void repeatedFailuresAreThrottledEvenForTheRightPassword() {
        clock.freeze();
        UserAccount participant = people.aParticipant(organisation).build();
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertProblem(login(participant.username(), "wrong password " + i), 401);
        }

        HttpResponse<Map<String, Object>> refused = login(participant.username(), People.PASSWORD);

        assertProblem(refused, 429);
        long retryAfter = Long.parseLong(refused.getHeaders().get("Retry-After"));
        assertTrue(retryAfter > 0, "Retry-After is a positive number of seconds");

        clock.advance(Duration.ofSeconds(retryAfter));
        assertEquals(200, login(participant.username(), People.PASSWORD).code(), "allowed again after the wait");
    }

    @Test
    void unknownUsernameIsThrottledAfterTheSameNumberOfFailures() {
        clock.freeze();
        UserAccount participant = people.aParticipant(organisation).build();
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertProblem(login(participant.username(), "wrong password " + i), 401);
            assertProblem(login("nobody-by-this-name", "wrong password " + i), 401);
        }

        HttpResponse<Map<String, Object>> known = login(participant.username(), "wrong password");
        HttpResponse<Map<String, Object>> unknown = login("nobody-by-this-name", "wrong password");

        Map<String, Object> knownProblem = assertProblem(known, 429);
        Map<String, Object> unknownProblem = assertProblem(unknown, 429);
        assertEquals(knownProblem, unknownProblem, "the same problem whether the username exists or not");
        assertEquals(known.getHeaders().get("Retry-After"), unknown.getHeaders().get("Retry-After"));
    }

    // --- activation --------------------------------------------------------------------------

    @Test
    void invitedParticipantActivatesWithTheirCodeAndCanThenSignIn() {
        Map<String, Object> invitation = inviteParticipant("amal.h");
        String code = (String) invitation.get("activationCode");
        assertTrue(code.matches("[A-Z0-9]{5}-[A-Z0-9]{5}"), "code looks like ACDEF-GHJK3: " + code);

        HttpResponse<Map<String, Object>> activated = activate(code, "amal.h", STRONG_PASSWORD);

        assertEquals(201, activated.code(), () -> "activation: " + activated.getBody());
        Map<String, Object> tokens = body(activated);
        assertNonBlank(tokens.get("refresh_token"));
        Map<String, Object> me = body(api.get("/api/v1/me", (String) tokens.get("access_token")));
        assertEquals(invitation.get("userId"), me.get("id"));
        assertEquals(200, login("amal.h", STRONG_PASSWORD).code());
    }

    @Test
    void activationWithAWrongCodeIsRefused() {
        inviteParticipant("amal.h");

        assertFieldProblem(activate("ACDEF-GHJK3", "amal.h", STRONG_PASSWORD), "code");
        assertProblem(login("amal.h", STRONG_PASSWORD), 401);
    }

    @Test
    void activationWithAnExpiredCodeIsRefused() {
        Map<String, Object> invitation = inviteParticipant("amal.h");
        String userId = (String) invitation.get("userId");
        List<ActivationCode> codes = activationCodes.findAll().stream()
                .filter(code -> code.userId().equals(userId)).toList();
        assertEquals(1, codes.size());
        ActivationCode code = codes.get(0);
        activationCodes.update(new ActivationCode(code.id(), code.organisationId(), code.userId(), code.codeHash(),
                code.createdBy(), code.createdAt(), Instant.now().minusSeconds(60), code.usedAt()));

        assertFieldProblem(activate((String) invitation.get("activationCode"), "amal.h", STRONG_PASSWORD), "code");
    }

    @Test
    void activationCodeWorksOnlyOnce() {
        String code = (String) inviteParticipant("amal.h").get("activationCode");
        assertEquals(201, activate(code, "amal.h", STRONG_PASSWORD).code());

        assertFieldProblem(activate(code, "amal.h", "another long passphrase"), "code");
        assertEquals(200, login("amal.h", STRONG_PASSWORD).code(), "the first password still stands");
        assertProblem(login("amal.h", "another long passphrase"), 401);
    }

    @Test
    void weakPasswordsAreRefusedAndTheCodeStillWorksAfterwards() {
        String code = (String) inviteParticipant("amal.h").get("activationCode");

        assertFieldProblem(activate(code, "amal.h", "short"), "password");
        assertFieldProblem(activate(code, "amal.h", "password123"), "password");

        assertEquals(201, activate(code, "amal.h", STRONG_PASSWORD).code());
    }

    // --- helpers -----------------------------------------------------------------------------

    private Map<String, Object> inviteParticipant(String username) {
        UserAccount caseworker = people.aCaseworker(organisation).build();
        String token = api.login(caseworker.username(), People.PASSWORD);
        Map<String, Object> request = new HashMap<>();
        request.put("role", "PARTICIPANT");
        request.put("displayName", "Amal");
        request.put("username", username);
        HttpResponse<Map<String, Object>> response = api.post("/api/v1/invitations", request, token);
        assertEquals(201, response.code(), () -> "invitation: " + response.getBody());
        Map<String, Object> invitation = body(response);
        assertNotNull(invitation.get("userId"));
        assertNotNull(invitation.get("codeExpiresAt"));
        return invitation;
    }

    private HttpResponse<Map<String, Object>> login(String username, String password) {
        return api.post("/api/v1/auth/login", Map.of("username", username, "password", password), null);
    }

    private HttpResponse<Map<String, Object>> refresh(String refreshToken) {
        return api.post("/api/v1/auth/token",
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), null);
    }

    private HttpResponse<Map<String, Object>> activate(String code, String username, String password) {
        return api.post("/api/v1/auth/activate",
                Map.of("code", code, "username", username, "password", password), null);
    }

    private static String refreshTokenOf(HttpResponse<Map<String, Object>> response) {
        assertEquals(200, response.code(), () -> "expected tokens: " + response.getBody());
        String token = (String) body(response).get("refresh_token");
        assertNonBlank(token);
        return token;
    }

    private static void assertNonBlank(Object value) {
        assertTrue(value instanceof String text && !text.isBlank(), "a non-blank string: " + value);
    }
}
