package org.homeward.portal.day;

import org.homeward.portal.layout.EmptyState;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.appointments.AppointmentService;
import org.homeward.appointments.AppointmentView;
import org.homeward.people.Caller;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskView;
import org.homeward.today.Today;
import org.homeward.today.TodayService;

import java.util.stream.Stream;

/** The participant's first screen: what to do now and where to be today and this week. One column. */
@Prototype
@RolesAllowed("PARTICIPANT")
@Route(value = "today", layout = MainLayout.class)
@NavigationItem(label = "nav.today", icon = VaadinIcon.CALENDAR_CLOCK, order = 5)
public class TodayView extends VerticalLayout implements HasDynamicTitle {

    private final TodayService today;
    private final TaskService tasks;
    private final AppointmentService appointments;

    public TodayView(TodayService today, TaskService tasks, AppointmentService appointments) {
        this.today = today;
        this.tasks = tasks;
        this.appointments = appointments;
        setMaxWidth("40rem");
        render();
    }

    private void render() {
        removeAll();
        Caller me = PortalSession.requireUser().caller();
        Today day = today.today(me, me.userId());
        H2 title = new H2(getTranslation("today.title", "date", DayFormats.date(day.date())));
        title.setId("today-title");
        add(title);

        add(new H3(getTranslation("today.tasks", "count", day.tasks().size())));
        if (day.tasks().isEmpty()) {
            add(EmptyState.of(getTranslation("today.noTasks")));
        }
        for (TaskView task : day.tasks()) {
            add(new TaskCard(task, done -> {
                tasks.complete(me, done.id());
                render();
            }, (skipped, reason) -> {
                tasks.skip(me, skipped.id(), reason);
                render();
            }));
        }
        add(new H3(getTranslation("today.appointments", "count", day.appointmentsToday().size())));
        if (day.appointmentsToday().isEmpty()) {
            add(EmptyState.of(getTranslation("today.noAppointments")));
        }
        AppointmentLinks links = AppointmentLinks.among(Stream.concat(
                day.appointmentsToday().stream(), day.appointmentsNext7Days().stream()).toList());
        day.appointmentsToday().forEach(appointment -> add(card(me, appointment, links)));
        if (!day.appointmentsNext7Days().isEmpty()) {
            add(new H3(getTranslation("today.week")));
            day.appointmentsNext7Days().forEach(appointment -> add(card(me, appointment, links)));
        }
    }

    private AppointmentCard card(Caller me, AppointmentView appointment, AppointmentLinks links) {
        return new AppointmentCard(appointment, links, (answer, reason) -> {
            appointments.respond(me, appointment.id(), answer, reason);
            render();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.today") + " · " + getTranslation("app.name");
    }
}
