package org.homeward.portal.participant;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentStatus;
import org.homeward.appointments.AppointmentView;
import org.homeward.caseload.ParticipantOverview;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.portal.day.AppointmentCard;
import org.homeward.portal.day.AppointmentLinks;
import org.homeward.portal.layout.EmptyState;

import java.util.List;

/**
 * A participant's appointments for the people around them: each with where it was moved to or from
 * and the participant's answer; for the caseworker, what they may do with it and the booking form.
 * A mentor sees the times only, and no buttons.
 */
public class ParticipantAppointments extends VerticalLayout {

    public ParticipantAppointments(AppointmentService appointments, Caller me, ParticipantOverview person,
                                   Runnable onChanged) {
        setPadding(false);
        boolean caseworker = me.is(Role.CASEWORKER);
        add(new H3(getTranslation("participant.appointments")));
        List<AppointmentView> list = appointments.appointmentsOf(me, person.id());
        if (list.isEmpty()) {
            add(EmptyState.of(getTranslation("appointments.none")));
        }
        AppointmentLinks links = AppointmentLinks.among(list);
        for (AppointmentView appointment : list) {
            AppointmentCard card = new AppointmentCard(appointment, links, null);
            // A mentor is not told the participant's answers, so "no answer yet" would mislead them.
            if (!me.is(Role.MENTOR)) {
                card.add(new ParticipantAnswer(appointment, person.displayName()));
            }
            if (caseworker && appointment.status() == AppointmentStatus.BOOKED) {
                card.add(new AppointmentActions(appointments, me, appointment, person.displayName(), onChanged));
            }
            add(card);
        }
        if (caseworker) {
            add(new BookAppointmentForm(appointments, me, person.id(), person.timeZone(), onChanged));
        }
    }
}
