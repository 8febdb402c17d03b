package org.homeward.portal.goals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.goals.GoalView;
import org.homeward.tasks.TaskView;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One goal: its words (as written, in whatever language), its status, where it started, the tasks
 * that move it on, and its progress chart. Forms to rate or change it are added by whoever may.
 */
public class GoalCard extends VerticalLayout {

    /** @param ownGoal the reader is the participant */
    GoalCard(GoalView goal, Map<String, TaskView> tasksById, boolean ownGoal) {
        addClassName("goal-card");
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-sizing", "border-box").set("max-width", "40rem");
        Icon icon = VaadinIcon.valueOf(goal.icon()).create();
        icon.getElement().setAttribute("aria-label", getTranslation("domain." + goal.domain().name()));
        Span wording = new Span(goal.wording());
        wording.addClassName("goal-wording");
        wording.getElement().setAttribute("dir", "auto");
        wording.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        HorizontalLayout header = new HorizontalLayout(icon, wording);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Span status = new Span(getTranslation("goalStatus." + goal.status().name()));
        status.addClassName("goal-status");
        status.getElement().getThemeList().add("badge");
        add(header, status);
        add(new Span(getTranslation("goal.startedAt", "label", GoalScale.label(this, goal.baselineRating()))));
        if (goal.baselineNote() != null) {
            Span note = new Span(goal.baselineNote());
            note.getElement().setAttribute("dir", "auto");
            note.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(note);
        }
        List<TaskView> linked = goal.taskIds().stream().map(tasksById::get).filter(Objects::nonNull).toList();
        if (!linked.isEmpty()) {
            add(taskList(linked));
        }
        if (goal.ratings().isEmpty()) {
            Span none = new Span(getTranslation("goal.noRatings"));
            none.getStyle().set("font-style", "italic");
            add(none);
        }
        add(new GoalChart(goal, ownGoal));
    }

    private Component taskList(List<TaskView> linked) {
        UnorderedList list = new UnorderedList();
        list.addClassName("goal-tasks");
        list.getElement().setAttribute("aria-label", getTranslation("goal.tasks"));
        linked.forEach(task -> {
            ListItem item = new ListItem(task.text().title());
            item.getElement().setAttribute("dir", "auto");
            list.add(item);
        });
        VerticalLayout section = new VerticalLayout(new Span(getTranslation("goal.tasks")), list);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }
}
