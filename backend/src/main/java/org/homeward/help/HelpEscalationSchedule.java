package org.homeward.help;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the escalation in this process; others may run theirs too. Off in tests, which drive it by hand. */
@Singleton
@Requires(property = "homeward.help.escalation-enabled", notEquals = "false")
public class HelpEscalationSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(HelpEscalationSchedule.class);

    private final HelpEscalation escalation;

    public HelpEscalationSchedule(HelpEscalation escalation) {
        this.escalation = escalation;
    }

    @Scheduled(fixedDelay = "${homeward.help.escalation-interval:15s}", initialDelay = "15s")
    void escalate() {
        try {
            while (escalation.escalateDue() == HelpEscalation.BATCH) {
                // a full batch: there may be more due
            }
        } catch (RuntimeException failure) {
            LOG.warn("help escalation failed, will try again: {}", failure.toString());
        }
    }
}
