package org.homeward.portal.day;

import org.homeward.portal.layout.EmptyState;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentView;
import org.homeward.calendar.CalendarLinkService;
import org.homeward.people.Caller;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

/** The participant's appointments, soonest first, with their answers. */
@Prototype
@RolesAllowed("PARTICIPANT")
@Route(value = "appointments", layout = MainLayout.class)
@NavigationItem(label = "nav.appointments", icon = VaadinIcon.CALENDAR, order = 8)
public class MyAppointmentsView extends VerticalLayout implements HasDynamicTitle {

    private final AppointmentService appointments;
    private final CalendarLinkService calendarLinks;

    public MyAppointmentsView(AppointmentService appointments, CalendarLinkService calendarLinks) {
        this.appointments = appointments;
        this.calendarLinks = calendarLinks;
        setMaxWidth("40rem");
        render();
    }

    private void render() {
        removeAll();
        Caller me = PortalSession.requireUser().caller();
        add(new H2(getTranslation("nav.appointments")));
        var mine = appointments.appointmentsOf(me, me.userId());
        if (mine.isEmpty()) {
            add(EmptyState.of(getTranslation("appointments.none")));
        }
        AppointmentLinks links = AppointmentLinks.among(mine);
        for (AppointmentView appointment : mine) {
            add(new AppointmentCard(appointment, links, (answer, reason) -> {
                appointments.respond(me, appointment.id(), answer, reason);
                render();
            }));
        }
        add(new CalendarLinkPanel(calendarLinks, me));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.appointments") + " · " + getTranslation("app.name");
    }
}
