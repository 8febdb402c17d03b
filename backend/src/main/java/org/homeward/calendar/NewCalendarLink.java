package org.homeward.calendar;

import java.time.Instant;

/** A link just made: the only moment its token exists outside the participant's calendar app. */
public record NewCalendarLink(String token, boolean detailed, Instant createdAt) {

    /** The feed's path under the server root: {@code /api/calendar/<token>.ics}. */
    public String path() {
        return CalendarLinkService.FEED_PATH_PREFIX + token + CalendarLinkService.FEED_PATH_SUFFIX;
    }
}
