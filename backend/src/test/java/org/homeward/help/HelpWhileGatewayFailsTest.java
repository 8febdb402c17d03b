package org.homeward.help;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.homeward.organisations.Organisation;
import org.homeward.people.UserAccount;
import org.homeward.push.fakefcm.FakeFcmServer;
import org.homeward.push.fakefcm.FcmError;
import org.homeward.push.outbox.Dispatcher;
import org.homeward.push.outbox.OutboxEntry;
import org.homeward.push.outbox.OutboxEntryRepository;
import org.homeward.push.outbox.OutboxStatus;
import org.homeward.support.ApiClient;
import org.homeward.support.FakeFcm;
import org.homeward.support.People;
import org.homeward.support.Plans;
import org.homeward.support.TestClock;
import org.homeward.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.homeward.support.ApiClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** FCM is down: the help request is still stored, shown to the caseworker, and pushed once FCM is back. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpWhileGatewayFailsTest implements TestPropertyProvider {

    private static final FakeFcmServer FCM = FakeFcm.SERVER;

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
    Dispatcher dispatcher;
    @Inject
    OutboxEntryRepository outbox;

    @Override
    public Map<String, String> getProperties() {
        return FakeFcm.settings();
    }

    @BeforeEach
    void setUp() {
        clock.freezeAt(Instant.parse("2026-11-16T10:00:00Z"));
        database.clean();
        FCM.reset();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        FCM.reset();
    }

    @Test
    void aRequestRaisedWhileFcmFailsIsStoredShownAndDeliveredLater() {
        Organisation organisation = people.anOrganisation();
        UserAccount participant = people.aParticipant(organisation).build();
        UserAccount caseworker = people.aCaseworker(organisation).build();
        people.assign(caseworker, participant);
        ApiClient api = new ApiClient(http);
        Plans plans = new Plans(api);
        assertEquals(201, api.post("/api/v1/me/devices", Map.of("token", "casey-phone", "platform", "IOS"),
                plans.tokenOf(caseworker)).code());
        FCM.failToken("casey-phone", FcmError.unavailable(Duration.ofMinutes(2)));

        assertEquals(201, api.post("/api/v1/me/help-requests", Map.of("message", "please call"),
                plans.tokenOf(participant)).code());
        dispatcher.dispatchDue();

        assertEquals(List.of(OutboxStatus.QUEUED), statuses(), "not delivered yet, not lost");
        assertEquals(1, ((List<?>) body(api.get("/api/v1/help-requests", plans.tokenOf(caseworker))).get("items"))
                .size(), "the caseworker's list shows it without the push");

        FCM.reset();
        clock.advance(Duration.ofMinutes(3));
        assertEquals(1, dispatcher.dispatchDue());
        assertEquals(List.of(OutboxStatus.SENT), statuses());
    }

    private List<OutboxStatus> statuses() {
        return outbox.findAll().stream().map(OutboxEntry::status).toList();
    }
}
