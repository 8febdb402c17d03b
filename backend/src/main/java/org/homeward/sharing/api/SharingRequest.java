package org.homeward.sharing.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;
import org.homeward.sharing.AppointmentSharing;
import org.homeward.sharing.Sharing;

import java.util.ArrayList;
import java.util.List;

/** Everything one person may see, said in full each time: a choice left out is not guessed. */
@Serdeable
public record SharingRequest(
        @Nullable Boolean tasks,
        @Nullable AppointmentSharing appointments,
        @Nullable Boolean goals,
        @Nullable Boolean checkInNotes,
        @Nullable Boolean helpRequests,
        @Nullable Boolean crisisContacts) {

    Sharing toSharing() {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "tasks", tasks);
        required(problems, "appointments", appointments);
        required(problems, "goals", goals);
        required(problems, "checkInNotes", checkInNotes);
        required(problems, "helpRequests", helpRequests);
        required(problems, "crisisContacts", crisisContacts);
        FieldChecks.throwIfAny(problems);
        return new Sharing(tasks, appointments, goals, checkInNotes, helpRequests, crisisContacts);
    }

    private static void required(List<FieldProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "field.required"));
        }
    }
}
