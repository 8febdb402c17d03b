package org.homeward.push.gateway;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FcmOutcomesTest {

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDateWhateverTheHeaderShape() {
        assertEquals(Duration.ofSeconds(30), FcmOutcomes.retryAfter(Map.of("retry-after", "30")));
        assertEquals(Duration.ofSeconds(7), FcmOutcomes.retryAfter(Map.of("Retry-After", List.of("7"))));
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(60));
        Duration wait = FcmOutcomes.retryAfter(Map.of("retry-after", inAMinute));
        assertTrue(wait.toSeconds() > 50 && wait.toSeconds() <= 60, wait.toString());
        assertNull(FcmOutcomes.retryAfter(Map.of("retry-after", "soon")));
        assertNull(FcmOutcomes.retryAfter(Map.of()));
    }
}
