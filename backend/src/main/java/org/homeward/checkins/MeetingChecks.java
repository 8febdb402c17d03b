package org.homeward.checkins;

import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The checks of a planned mentor meeting, with field names under a prefix ("nextMeeting.") when nested. */
final class MeetingChecks {

    static final int PLACE_MAX = 200;
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 720;

    private MeetingChecks() {
    }

    static void check(List<FieldProblem> problems, String prefix, NewMentorMeeting meeting, Instant now) {
        if (meeting.startsAt() == null) {
            problems.add(new FieldProblem(prefix + "startsAt", "field.required"));
        } else if (meeting.startsAt().isBefore(now)) {
            problems.add(new FieldProblem(prefix + "startsAt", "appointment.startInPast"));
        }
        if (meeting.mode() == null) {
            problems.add(new FieldProblem(prefix + "mode", "field.required"));
        }
        if (meeting.durationMinutes() != null
                && (meeting.durationMinutes() < MIN_MINUTES || meeting.durationMinutes() > MAX_MINUTES)) {
            problems.add(new FieldProblem(prefix + "durationMinutes", "appointment.duration",
                    Map.of("min", MIN_MINUTES, "max", MAX_MINUTES)));
        }
        FieldChecks.checkLength(problems, prefix + "place", FieldChecks.trimmed(meeting.place()), PLACE_MAX);
    }
}
