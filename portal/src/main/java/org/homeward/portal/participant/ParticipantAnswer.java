package org.homeward.portal.participant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.homeward.appointments.AppointmentStatus;
import org.homeward.appointments.AppointmentView;

/**
 * The participant's answer to an appointment, for the people who support them: "I will be there",
 * or "I need to change this" with their reason, in the words of the buttons the participant pressed.
 */
public class ParticipantAnswer extends Div {

    public ParticipantAnswer(AppointmentView appointment, String participantName) {
        addClassName("participant-answer");
        getStyle().set("display", "flex").set("flex-direction", "column");
        if (appointment.response() == null) {
            if (appointment.status() == AppointmentStatus.BOOKED) {
                add(quiet(getTranslation("appointmentAnswer.none", "name", participantName)));
            }
            return;
        }
        String answer = getTranslation(switch (appointment.response()) {
            case WILL_ATTEND -> "appointment.willAttend";
            case NEEDS_CHANGE -> "appointment.needsChange";
        });
        Span given = new Span(getTranslation("appointmentAnswer.given", "name", participantName, "answer", answer));
        given.addClassName("answer-" + appointment.response().name().toLowerCase().replace('_', '-'));
        add(given);
        if (appointment.responseReason() != null) {
            Span reason = new Span(getTranslation("appointment.answerReason", "value", appointment.responseReason()));
            reason.addClassName("answer-reason");
            add(reason);
        }
    }

    private static Span quiet(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return span;
    }
}
