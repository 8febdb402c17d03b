package org.homeward.push.gateway;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoggingGatewayTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingGateway.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void logsEachMessageWithOnlyTheEndOfTheTokenAndCallsItDelivered() {
        String token = "fGx3b1Q2Rk-e8:APA91bHPRgkF3JUikC4ENAHEeMrd41Zxv3hVZjC9KtT8OvPVGJ-hQMRKRrZuJAEcl7B338qju59zJMjw2DQ";
        List<Delivery> deliveries = new LoggingGateway().send(List.of(
                new PushMessage("m-1", token, "Title", "Body", Map.of("k", "v"), true),
                new PushMessage("m-2", "short", "Title", "Body", Map.of(), false)));

        assertEquals(List.of(DeliveryOutcome.DELIVERED, DeliveryOutcome.DELIVERED),
                deliveries.stream().map(Delivery::outcome).toList());
        assertEquals(2, logged.list.size());
        String first = logged.list.get(0).getFormattedMessage();
        assertTrue(first.contains("…Mjw2DQ"), first);
        assertTrue(first.contains("m-1"), first);
        for (ILoggingEvent event : logged.list) {
            String line = event.getFormattedMessage();
            assertFalse(line.contains(token) || line.contains(token.substring(0, 20)), line);
            assertFalse(line.contains("short"), "a short token is not shown at all: " + line);
        }
    }
}
