package org.homeward.portal.goals;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.common.DomainException;
import org.homeward.common.LifeDomain;
import org.homeward.common.ProblemKind;
import org.homeward.goals.DomainSetAside;
import org.homeward.goals.GoalService;
import org.homeward.goals.GoalView;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.portal.layout.EmptyState;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskView;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A participant's goals on their page, for the people around them: by life domain, each with the
 * participant's and the caseworker's progress lines. An assigned caseworker sets goals with the
 * participant, changes them and rates progress; a mentor reads; anyone the participant does not
 * share goals with reads a short note instead.
 */
public class GoalsPanel extends VerticalLayout {

    private final GoalService goals;
    private final TaskService tasks;
    private final Caller me;
    private final String participantId;

    public GoalsPanel(GoalService goals, TaskService tasks, Caller me, String participantId) {
        this.goals = goals;
        this.tasks = tasks;
        this.me = me;
        this.participantId = participantId;
        setId("participant-goals");
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("goalsPanel.title")));
        List<GoalView> found;
        List<DomainSetAside> setAside;
        try {
            found = goals.goalsOf(me, participantId);
            setAside = goals.domainsNotNow(me, participantId);
        } catch (DomainException refused) {
            if (refused.kind() != ProblemKind.FORBIDDEN) {
                throw refused;
            }
            Span note = new Span(getTranslation("goalsPanel.notShared"));
            note.addClassName("goals-not-shared");
            note.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(note);
            return;
        }
        boolean caseworker = me.is(Role.CASEWORKER);
        List<TaskView> theirTasks = readableTasks();
        Map<String, TaskView> tasksById = theirTasks.stream()
                .collect(Collectors.toMap(TaskView::id, Function.identity()));
        if (!setAside.isEmpty()) {
            Span notNow = new Span(getTranslation("goalsPanel.notNow", "domains", setAside.stream()
                    .map(domain -> getTranslation("domain." + domain.domain().name()))
                    .collect(Collectors.joining(", "))));
            notNow.addClassName("goals-not-now");
            add(notNow);
        }
        if (found.isEmpty()) {
            add(EmptyState.of(getTranslation("goals.none")));
        }
        Map<LifeDomain, List<GoalView>> byDomain = found.stream().collect(Collectors.groupingBy(GoalView::domain,
                () -> new EnumMap<>(LifeDomain.class), Collectors.toList()));
        Set<LifeDomain> notNow = setAside.stream().map(DomainSetAside::domain).collect(Collectors.toSet());
        byDomain.forEach((domain, inDomain) -> {
            add(domainHeading(domain, notNow.contains(domain)));
            for (GoalView goal : inDomain) {
                GoalCard card = new GoalCard(goal, tasksById, false);
                if (caseworker) {
                    card.add(new RatingForm(goals, me, goal, "goalRating.asCaseworker", this::render),
                            GoalForm.forChange(goals, me, goal, false, theirTasks, this::render));
                }
                add(card);
            }
        });
        if (caseworker) {
            add(GoalForm.forNew(goals, me, participantId, false, theirTasks, this::render));
        }
    }

    private HorizontalLayout domainHeading(LifeDomain domain, boolean notNow) {
        Icon icon = VaadinIcon.valueOf(domain.icon()).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        H4 name = new H4(getTranslation("domain." + domain.name()));
        name.getStyle().set("margin", "0");
        HorizontalLayout heading = new HorizontalLayout(icon, name);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.addClassName("goal-domain");
        if (notNow) {
            Span badge = new Span(getTranslation("goals.notNowBadge"));
            badge.getElement().getThemeList().add("badge contrast");
            heading.add(badge);
        }
        return heading;
    }

    /** The participant's tasks, to name linked ones, when they share tasks with the reader too. */
    private List<TaskView> readableTasks() {
        try {
            return tasks.tasksOf(me, participantId);
        } catch (DomainException notShared) {
            return List.of();
        }
    }
}
