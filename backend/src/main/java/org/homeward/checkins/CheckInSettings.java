package org.homeward.checkins;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * How many days without a mentor check-in before the caseworker's dashboard marks a participant
 * ({@code homeward.check-ins.no-contact-days}, default 14).
 */
@Singleton
public class CheckInSettings {

    private final int noContactDays;

    public CheckInSettings(@Value("${homeward.check-ins.no-contact-days:14}") int noContactDays) {
        this.noContactDays = Math.max(1, noContactDays);
    }

    public int noContactDays() {
        return noContactDays;
    }
}
