package org.homeward.portal.day;

import org.homeward.appointments.AppointmentView;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which appointment replaced which, among the ones on a page. A rescheduled appointment names its
 * replacement ({@code rescheduledTo}); the replacement does not name its predecessor, so the way
 * back is found here.
 *
 * @param byId       the appointments on the page by id
 * @param replacedBy for each replacement's id, the appointment it replaced
 */
public record AppointmentLinks(Map<String, AppointmentView> byId, Map<String, AppointmentView> replacedBy) {

    public static final AppointmentLinks NONE = new AppointmentLinks(Map.of(), Map.of());

    public static AppointmentLinks among(Collection<AppointmentView> appointments) {
        Map<String, AppointmentView> byId = new HashMap<>();
        Map<String, AppointmentView> replacedBy = new HashMap<>();
        for (AppointmentView appointment : appointments) {
            byId.put(appointment.id(), appointment);
            if (appointment.rescheduledTo() != null) {
                replacedBy.put(appointment.rescheduledTo(), appointment);
            }
        }
        return new AppointmentLinks(Map.copyOf(byId), Map.copyOf(replacedBy));
    }

    /** The appointment this one was moved to, when it is on the page. */
    public Optional<AppointmentView> movedTo(AppointmentView appointment) {
        return Optional.ofNullable(appointment.rescheduledTo()).map(byId::get);
    }

    /** The appointment that was moved to this one, when it is on the page. */
    public Optional<AppointmentView> movedFrom(AppointmentView appointment) {
        return Optional.ofNullable(replacedBy.get(appointment.id()));
    }
}
