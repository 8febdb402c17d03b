package org.homeward.push.gateway;

import io.micronaut.context.ApplicationContext;
import org.homeward.push.fakefcm.FakeFcmServer;
import org.homeward.push.fakefcm.ReceivedRequest;
import org.homeward.push.fakefcm.ServiceAccountFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Configuration as the application sees it: a service account file whose token_uri is the fake's. */
class CredentialsFileTest {

    @TempDir
    Path dir;

    private FakeFcmServer fcm;
    private Path serviceAccount;

    @BeforeEach
    void start() {
        fcm = FakeFcmServer.start();
        serviceAccount = ServiceAccountFile.write(dir, fcm.tokenUri(), "file-project");
    }

    @AfterEach
    void stop() {
        fcm.close();
    }

    @Test
    void theCredentialsFileSettingSelectsFirebaseAndItsTokenEndpoint() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                // Only the gateway here: the outbox's workers need the application's database.
                "homeward.push.dispatch-enabled", "false",
                "homeward.push.fcm.credentials-file", serviceAccount.toString(),
                "homeward.push.fcm.base-url", fcm.baseUrl().toString()))) {
            PushGateway gateway = context.getBean(PushGateway.class);
            assertEquals("firebase", gateway.name());

            List<Delivery> deliveries = gateway.send(List.of(
                    new PushMessage("m-1", "device-token", "Title", "Body", Map.of(), false)));

            assertEquals(DeliveryOutcome.DELIVERED, deliveries.get(0).outcome());
            assertTrue(deliveries.get(0).detail().startsWith("projects/file-project/messages/"));
        }
        assertEquals(1, fcm.tokenRequestCount());
        ReceivedRequest token = fcm.requests().get(0);
        assertEquals("/token", token.path());
        String form = (String) token.json().get("form");
        assertTrue(form.contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"), form);
        assertTrue(form.contains("assertion="), form);
        ReceivedRequest send = fcm.sendRequests().get(0);
        assertEquals("file-project", send.projectId(), "the project id comes from the file");
        assertEquals("Bearer " + FakeFcmServer.ACCESS_TOKEN, send.authorization());
    }

    @Test
    void whenGoogleRefusesOurKeyEveryMessageIsToBeRetried() {
        fcm.refuseTokens(true);
        try (FirebaseGateway gateway = FirebaseGateway.open(new FcmEndpoint(fcm.baseUrl(),
                FcmEndpoint.serviceAccount(serviceAccount), null))) {

            List<Delivery> deliveries = gateway.send(List.of(
                    new PushMessage("m-1", "device-1", "Title", "Body", Map.of(), false),
                    new PushMessage("m-2", "device-2", "Title", "Body", Map.of(), false)));

            assertEquals(List.of("m-1", "m-2"), deliveries.stream().map(Delivery::messageId).toList());
            for (Delivery delivery : deliveries) {
                assertEquals(DeliveryOutcome.RETRY, delivery.outcome());
                assertEquals(FcmOutcomes.AUTH_ERROR, delivery.detail());
            }
        }
        assertEquals(List.of(), fcm.sendRequests(), "nothing reached FCM without an access token");
    }

    @Test
    void googleApplicationCredentialsIsTheFallbackAndProjectIdCanBeSet() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                // Only the gateway here: the outbox's workers need the application's database.
                "homeward.push.dispatch-enabled", "false",
                "google.application.credentials", serviceAccount.toString(),
                "homeward.push.fcm.project-id", "other-project",
                "homeward.push.fcm.base-url", fcm.baseUrl().toString()))) {
            PushGateway gateway = context.getBean(PushGateway.class);

            gateway.send(List.of(new PushMessage("m-2", "device-token", "Title", "Body", Map.of(), true)));

            assertEquals("firebase", gateway.name());
            assertEquals("other-project", fcm.sendRequests().get(0).projectId());
        }
    }

    @Test
    void withoutCredentialsNotificationsAreOnlyLogged() {
        assertEquals(null, PushGatewayFactory.credentialsFile(null, " "));
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                // Only the gateway here: the outbox's workers need the application's database.
                "homeward.push.dispatch-enabled", "false",
                "homeward.push.fcm.credentials-file", "",
                "google.application.credentials", ""))) {
            PushGateway gateway = context.getBean(PushGateway.class);
            assertInstanceOf(LoggingGateway.class, gateway);
            assertEquals("log", gateway.name());
        }
    }
}
