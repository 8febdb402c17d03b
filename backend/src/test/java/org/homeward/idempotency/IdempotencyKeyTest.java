package org.homeward.idempotency;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.homeward.common.Ids;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.support.ApiClient;
import org.homeward.support.People;
import org.homeward.support.TestClock;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.homeward.support.ApiClient.body;
import static org.homeward.support.ProblemAssert.assertFieldProblem;
import static org.homeward.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A phone that loses the answer to a write sends it again with the same {@code Idempotency-Key};
 * it gets the first answer back and nothing is written twice. A key belongs to one caller, fits one
 * request only, and is forgotten after a day; sign-in is never replayed.
 */
@MicronautTest(transactional = false)
class IdempotencyKeyTest {

    private static final String INVITATIONS = "/api/v1/invitations";
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final String SLOW_WRITE = "/api/v1/test-writes/slow";

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
    IdempotencyRecordRepository records;

    @Inject
    IdempotencyKeyPurge purge;

    @Inject
    TestWritesController writes;

    ApiClient api;
    Organisation organisation;
    UserAccount caseworker;
    String caseworkerToken;

    @BeforeEach
    void setUp() {
        clock.reset();
        database.clean();
        api = new ApiClient(http);
        organisation = people.anOrganisation();
        caseworker = people.aCaseworker(organisation).build();
        caseworkerToken = api.login(caseworker.username(), People.PASSWORD);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- replay ------------------------------------------------------------------------------

    @Test
    void retryingAnInvitationWithTheSameKeyReturnsTheSameCreatedBodyAndCreatesOneUser() {
        long usersBefore = database.count("users");
        String invitation = invitation("amal.h");

        HttpResponse<Map<String, Object>> first = post(INVITATIONS, invitation, caseworkerToken, "phone-key-1");
        HttpResponse<Map<String, Object>> retry = post(INVITATIONS, invitation, caseworkerToken, "phone-key-1");

        assertEquals(201, first.code(), () -> "first: " + first.getBody());
        assertEquals(201, retry.code(), () -> "retry: " + retry.getBody());
        Map<String, Object> created = body(first);
        assertEquals("Amal", created.get("displayName"), "the controller received the body");
        assertEquals("amal.h", created.get("username"));
        assertNotNull(created.get("userId"));
        assertNotNull(created.get("activationCode"));
        assertEquals(created, body(retry), "the same userId and activation code");
        assertEquals(usersBefore + 1, database.count("users"));
        assertEquals(1, database.count("activation_codes"));
        assertEquals(1, database.count("participant_profiles"));
    }

    @Test
    void onlyTheReplayCarriesIdempotentReplayed() {
        String invitation = invitation("amal.h");

        HttpResponse<Map<String, Object>> first = post(INVITATIONS, invitation, caseworkerToken, "phone-key-1");
        HttpResponse<Map<String, Object>> retry = post(INVITATIONS, invitation, caseworkerToken, "phone-key-1");

        assertNull(first.getHeaders().get(REPLAYED), "the first answer is not a replay");
        assertEquals("true", retry.getHeaders().get(REPLAYED));
        assertEquals(MediaType.APPLICATION_JSON, retry.getContentType().map(MediaType::getName).orElse(null));
    }

    @Test
    void retriedMentorMatchReturnsTheSameMatchAndCreatesOneRow() {
        UserAccount admin = people.anAdmin(organisation).build();
        UserAccount participant = people.aParticipant(organisation).build();
        UserAccount mentor = people.aMentor(organisation).build();
        String adminToken = api.login(admin.username(), People.PASSWORD);
        String path = "/api/v1/participants/" + participant.id() + "/mentor-matches";
        String match = "{\"mentorId\":\"" + mentor.id() + "\"}";

        HttpResponse<Map<String, Object>> first = post(path, match, adminToken, "match-key");
        HttpResponse<Map<String, Object>> retry = post(path, match, adminToken, "match-key");

        assertEquals(201, first.code(), () -> "first: " + first.getBody());
        assertEquals(201, retry.code(), () -> "retry: " + retry.getBody());
        assertEquals(body(first), body(retry));
        assertEquals(mentor.id(), body(first).get("mentorId"));
        assertEquals(1, database.count("mentor_matches"));
    }

    @Test
    void aSuccessfulAnswerOtherThanCreatedIsReplayedToo() {
        UserAccount admin = people.anAdmin(organisation).build();
        UserAccount participant = people.aParticipant(organisation).build();
        String matchId = people.match(people.aMentor(organisation).build(), participant).id();
        String adminToken = api.login(admin.username(), People.PASSWORD);
        String path = "/api/v1/participants/" + participant.id() + "/mentor-matches/" + matchId + "/end";
        String end = "{\"endsOn\":\"" + java.time.LocalDate.now() + "\"}";

        HttpResponse<Map<String, Object>> first = post(path, end, adminToken, "end-key");
        HttpResponse<Map<String, Object>> retry = post(path, end, adminToken, "end-key");

        assertEquals(200, first.code(), () -> "first: " + first.getBody());
        assertEquals(200, retry.code(), () -> "a second end without the key would be 404: " + retry.getBody());
        assertEquals(body(first), body(retry));
        assertEquals("true", retry.getHeaders().get(REPLAYED));
    }

    // --- keys that do not fit -----------------------------------------------------------------

    @Test
    void sameKeyWithADifferentBodyIsRefusedAndWritesNothing() {
        assertEquals(201, post(INVITATIONS, invitation("amal.h"), caseworkerToken, "phone-key-1").code());
        long usersAfterFirst = database.count("users");

        HttpResponse<Map<String, Object>> other = post(INVITATIONS, invitation("omar.k"), caseworkerToken,
                "phone-key-1");

        Map<String, Object> problem = assertProblem(other, 422);
        assertEquals("urn:homeward:problem:idempotency-key-reused", problem.get("type"));
        assertEquals(usersAfterFirst, database.count("users"));
    }

    @Test
    void sameKeyOnAnotherPathIsRefused() {
        HttpResponse<Map<String, Object>> invited = post(INVITATIONS, invitation("amal.h"), caseworkerToken,
                "phone-key-1");
        String codes = INVITATIONS + "/" + body(invited).get("userId") + "/codes";

        HttpResponse<Map<String, Object>> other = post(codes, "", caseworkerToken, "phone-key-1");

        assertProblem(other, 422);
        assertEquals(1, database.count("activation_codes"), "no new code was issued");
    }

    @Test
    void anotherUsersSameKeyIsIndependent() {
        UserAccount otherCaseworker = people.aCaseworker(organisation).build();
        String otherToken = api.login(otherCaseworker.username(), People.PASSWORD);

        HttpResponse<Map<String, Object>> mine = post(INVITATIONS, invitation("amal.h"), caseworkerToken, "shared-key");
        HttpResponse<Map<String, Object>> theirs = post(INVITATIONS, invitation("omar.k"), otherToken, "shared-key");

        assertEquals(201, mine.code());
        assertEquals(201, theirs.code(), () -> "theirs: " + theirs.getBody());
        assertNull(theirs.getHeaders().get(REPLAYED));
        assertEquals("omar.k", body(theirs).get("username"));
        assertNotEquals(body(mine).get("userId"), body(theirs).get("userId"));
    }

    @Test
    void aRefusedRequestIsNotStoredAndTheSameKeyWorksOnceTheInputIsFixed() {
        String wrong = "{\"role\":\"PARTICIPANT\",\"displayName\":\"Amal\",\"username\":\"amal.h\","
                + "\"timeZone\":\"Mars/Olympus\"}";

        HttpResponse<Map<String, Object>> refused = post(INVITATIONS, wrong, caseworkerToken, "phone-key-1");

        assertFieldProblem(refused, "timeZone");
        assertEquals(0, database.count("idempotency_keys"), "a failure leaves no key behind");

        HttpResponse<Map<String, Object>> fixed = post(INVITATIONS, invitation("amal.h"), caseworkerToken,
                "phone-key-1");
        HttpResponse<Map<String, Object>> retry = post(INVITATIONS, invitation("amal.h"), caseworkerToken,
                "phone-key-1");

        assertEquals(201, fixed.code(), () -> "fixed: " + fixed.getBody());
        assertNull(fixed.getHeaders().get(REPLAYED));
        assertEquals(body(fixed), body(retry));
    }

    @ParameterizedTest
    @ValueSource(strings = {"",
            "x12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901",
            "two words", "clé"})
    void malformedKeyIsRefusedNamingTheHeader(String key) {
        long usersBefore = database.count("users");

        HttpResponse<Map<String, Object>> response = post(INVITATIONS, invitation("amal.h"), caseworkerToken, key);

        assertFieldProblem(response, "Idempotency-Key");
        assertEquals(usersBefore, database.count("users"));
    }

    @Test
    void aKeyOfAHundredCharactersIsAccepted() {
        String key = "k".repeat(IdempotencyKeys.MAX_LENGTH);

        assertEquals(201, post(INVITATIONS, invitation("amal.h"), caseworkerToken, key).code());
        assertEquals("true", post(INVITATIONS, invitation("amal.h"), caseworkerToken, key).getHeaders().get(REPLAYED));
    }

    @Test
    void keysThatDifferOnlyInCaseAreDifferentKeys() {
        assertEquals(201, post(INVITATIONS, invitation("amal.h"), caseworkerToken, "Key-A").code());

        HttpResponse<Map<String, Object>> other = post(INVITATIONS, invitation("omar.k"), caseworkerToken, "key-a");

        assertEquals(201, other.code(), () -> "other: " + other.getBody());
    }

    @Test
    void anOversizeBodyIsRefusedAndLeavesNoKey() {
        String oversize = "{\"role\":\"PARTICIPANT\",\"username\":\"amal.h\",\"displayName\":\""
                + "x".repeat(16 * 1024) + "\"}";

        assertProblem(post(INVITATIONS, oversize, caseworkerToken, "big-key"), 413);
        assertEquals(0, database.count("idempotency_keys"));
    }

    // --- where keys do not apply --------------------------------------------------------------

    @Test
    void postsWithoutTheHeaderBehaveAsBefore() {
        long usersBefore = database.count("users");
        String byPhone = "{\"role\":\"PARTICIPANT\",\"displayName\":\"Amal\",\"phoneNumber\":\"+44 7700 900123\"}";

        HttpResponse<Map<String, Object>> first = post(INVITATIONS, byPhone, caseworkerToken, null);
        HttpResponse<Map<String, Object>> second = post(INVITATIONS, byPhone, caseworkerToken, null);

        assertEquals(201, first.code());
        assertEquals(201, second.code());
        assertNotEquals(body(first).get("userId"), body(second).get("userId"), "without a key each POST writes");
        assertEquals(usersBefore + 2, database.count("users"));
        assertEquals(0, database.count("idempotency_keys"));
    }

    @Test
    void signInIsNeverReplayed() {
        UserAccount participant = people.aParticipant(organisation).build();
        String login = "{\"username\":\"" + participant.username() + "\",\"password\":\"" + People.PASSWORD + "\"}";

        // Even a caller who is signed in already (so the filter knows who they are) gets fresh tokens.
        HttpResponse<Map<String, Object>> first = post("/api/v1/auth/login", login, caseworkerToken, "login-key");
        HttpResponse<Map<String, Object>> second = post("/api/v1/auth/login", login, caseworkerToken, "login-key");

        assertEquals(200, first.code(), () -> "first: " + first.getBody());
        assertEquals(200, second.code(), () -> "second: " + second.getBody());
        assertNull(second.getHeaders().get(REPLAYED));
        assertNotEquals(body(first).get("refresh_token"), body(second).get("refresh_token"));
        assertEquals(0, database.count("idempotency_keys"), "tokens are never stored");
    }

    // --- concurrency and expiry ---------------------------------------------------------------

    @Test
    void aRequestWhoseKeyIsStillReservedGetsConflictAndDoesNotRun() {
        String invitation = invitation("amal.h");
        // The first request with this key has reserved it and is still running.
        records.save(new IdempotencyRecord(Ids.newId(), caseworker.id(), "busy-key", "POST", INVITATIONS,
                sha256(invitation), null, null, null, Instant.now()));
        long usersBefore = database.count("users");

        HttpResponse<Map<String, Object>> second = post(INVITATIONS, invitation, caseworkerToken, "busy-key");

        Map<String, Object> problem = assertProblem(second, 409);
        assertEquals("urn:homeward:problem:request-in-progress", problem.get("type"));
        assertNotNull(second.getHeaders().get("Retry-After"));
        assertEquals(usersBefore, database.count("users"));
        assertEquals(1, database.count("idempotency_keys"), "the reservation is left to its owner");
    }

    @Test
    void aSecondRequestWhileTheFirstRunsGetsConflictAndTheWriteRunsOnce() throws Exception {
        writes.reset();
        String note = "{\"text\":\"I moved to the new flat\"}";
        CompletableFuture<HttpResponse<Map<String, Object>>> first = CompletableFuture.supplyAsync(
                () -> post(SLOW_WRITE, note, caseworkerToken, "slow-key"));
        try {
            assertTrue(writes.awaitWriteStarted(), "the first request reached the controller");

            HttpResponse<Map<String, Object>> whileRunning = post(SLOW_WRITE, note, caseworkerToken, "slow-key");

            assertProblem(whileRunning, 409);
        } finally {
            writes.letTheWriteFinish();
        }
        HttpResponse<Map<String, Object>> firstAnswer = first.get(10, TimeUnit.SECONDS);
        HttpResponse<Map<String, Object>> afterwards = post(SLOW_WRITE, note, caseworkerToken, "slow-key");

        assertEquals(201, firstAnswer.code());
        assertEquals(201, afterwards.code());
        assertEquals("true", afterwards.getHeaders().get(REPLAYED));
        assertEquals(body(firstAnswer), body(afterwards));
        assertEquals(1, writes.runs(), "the write ran once");
    }

    @Test
    void aRequestThatFailsUnexpectedlyGivesItsKeyUp() {
        writes.reset();
        String note = "{\"text\":\"hello\"}";

        assertProblem(post("/api/v1/test-writes/failing", note, caseworkerToken, "failing-key"), 500);

        assertEquals(0, database.count("idempotency_keys"));
        assertProblem(post("/api/v1/test-writes/failing", note, caseworkerToken, "failing-key"), 500);
        assertEquals(2, writes.runs(), "the retry ran again instead of getting 409");
    }

    @Test
    void anExpiredKeyIsTreatedAsNew() {
        clock.freeze();
        String byPhone = "{\"role\":\"PARTICIPANT\",\"displayName\":\"Amal\",\"phoneNumber\":\"+44 7700 900123\"}";
        HttpResponse<Map<String, Object>> first = post(INVITATIONS, byPhone, caseworkerToken, "old-key");

        clock.advance(Duration.ofHours(25));
        HttpResponse<Map<String, Object>> later = post(INVITATIONS, byPhone, caseworkerToken, "old-key");

        assertEquals(201, first.code());
        assertEquals(201, later.code(), () -> "later: " + later.getBody());
        assertNull(later.getHeaders().get(REPLAYED));
        assertNotEquals(body(first).get("userId"), body(later).get("userId"));
        assertEquals(1, database.count("idempotency_keys"), "the expired row was replaced");
    }

    @Test
    void purgeDeletesExpiredKeysInBatchesAndKeepsRecentOnes() {
        clock.freeze();
        Instant now = clock.instant();
        for (int i = 0; i < 5; i++) {
            storedKey("old-" + i, now.minus(Duration.ofHours(25)));
        }
        storedKey("recent-1", now.minus(Duration.ofHours(23)));
        storedKey("recent-2", now);

        int deleted = purge.purgeExpired(2);

        assertEquals(5, deleted);
        assertEquals(2, database.count("idempotency_keys"));
        assertTrue(records.findByUserIdAndIdempotencyKey(caseworker.id(), "recent-1").isPresent());
        assertFalse(records.findByUserIdAndIdempotencyKey(caseworker.id(), "old-0").isPresent());
    }

    // --- helpers ------------------------------------------------------------------------------

    private HttpResponse<Map<String, Object>> post(String path, String json, String token, String key) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE);
        if (token != null) {
            request.bearerAuth(token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.exchange(request);
    }

    private void storedKey(String key, Instant createdAt) {
        records.save(new IdempotencyRecord(Ids.newId(), caseworker.id(), key, "POST", INVITATIONS, sha256("{}"),
                201, MediaType.APPLICATION_JSON, "{}", createdAt));
    }

    private static String invitation(String username) {
        return "{\"role\":\"PARTICIPANT\",\"displayName\":\"Amal\",\"username\":\"" + username + "\"}";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
