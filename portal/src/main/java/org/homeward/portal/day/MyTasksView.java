package org.homeward.portal.day;

import org.homeward.portal.layout.EmptyState;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.people.Caller;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskView;

/** All of the participant's tasks, and a short form to add one of their own. */
@Prototype
@RolesAllowed("PARTICIPANT")
@Route(value = "tasks", layout = MainLayout.class)
@NavigationItem(label = "nav.tasks", icon = VaadinIcon.CHECK_SQUARE_O, order = 7)
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    private final TaskService tasks;

    public MyTasksView(TaskService tasks) {
        this.tasks = tasks;
        setMaxWidth("40rem");
        render();
    }

    private void render() {
        removeAll();
        Caller me = PortalSession.requireUser().caller();
        add(new H2(getTranslation("nav.tasks")));
        var mine = tasks.tasksOf(me, me.userId());
        if (mine.isEmpty()) {
            add(EmptyState.of(getTranslation("tasks.none")));
        }
        for (TaskView task : mine) {
            add(new TaskCard(task, done -> {
                tasks.complete(me, done.id());
                render();
            }, (skipped, reason) -> {
                tasks.skip(me, skipped.id(), reason);
                render();
            }));
        }
        add(new NewTaskForm(tasks, me, me.userId(), null, this::render));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks") + " · " + getTranslation("app.name");
    }
}
