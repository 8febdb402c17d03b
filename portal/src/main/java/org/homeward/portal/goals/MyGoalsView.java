package org.homeward.portal.goals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.common.LifeDomain;
import org.homeward.goals.DomainSetAside;
import org.homeward.goals.GoalService;
import org.homeward.goals.GoalView;
import org.homeward.people.Caller;
import org.homeward.portal.layout.EmptyState;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskView;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The participant's goals, phone first: by life domain, each with where it started and how it is
 * going, a quick "how is it going today", a form to set a goal in their own words, and the parts of
 * life they want to leave for now. Progress in any domain counts; nothing here is a score.
 */
@Prototype
@RolesAllowed("PARTICIPANT")
@Route(value = "goals", layout = MainLayout.class)
@NavigationItem(label = "nav.goals", icon = VaadinIcon.FLAG_O, order = 9)
public class MyGoalsView extends VerticalLayout implements HasDynamicTitle {

    private final GoalService goals;
    private final TaskService tasks;

    public MyGoalsView(GoalService goals, TaskService tasks) {
        this.goals = goals;
        this.tasks = tasks;
        setMaxWidth("40rem");
        render();
    }

    private void render() {
        removeAll();
        Caller me = PortalSession.requireUser().caller();
        add(new H2(getTranslation("nav.goals")), new Paragraph(getTranslation("goals.intro")));
        List<GoalView> mine = goals.goalsOf(me, me.userId());
        Set<LifeDomain> notNow = goals.domainsNotNow(me, me.userId()).stream().map(DomainSetAside::domain)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LifeDomain.class)));
        List<TaskView> myTasks = tasks.tasksOf(me, me.userId());
        Map<String, TaskView> tasksById = myTasks.stream().collect(Collectors.toMap(TaskView::id, Function.identity()));
        if (mine.isEmpty()) {
            add(EmptyState.of(getTranslation("goals.none")));
        }
        for (LifeDomain domain : LifeDomain.values()) {
            List<GoalView> inDomain = mine.stream().filter(goal -> goal.domain() == domain).toList();
            if (inDomain.isEmpty()) {
                continue;
            }
            add(domainHeading(domain, notNow.contains(domain)));
            for (GoalView goal : inDomain) {
                GoalCard card = new GoalCard(goal, tasksById, true);
                card.add(new RatingForm(goals, me, goal, "goalRating.today", this::render));
                card.add(GoalForm.forChange(goals, me, goal, true, myTasks, this::render));
                add(card);
            }
        }
        add(GoalForm.forNew(goals, me, me.userId(), true, myTasks, this::render));
        add(notNowChoices(me, notNow));
    }

    private HorizontalLayout domainHeading(LifeDomain domain, boolean setAside) {
        Icon icon = VaadinIcon.valueOf(domain.icon()).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        H3 name = new H3(getTranslation("domain." + domain.name()));
        name.getStyle().set("margin", "0");
        HorizontalLayout heading = new HorizontalLayout(icon, name);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.addClassName("goal-domain");
        if (setAside) {
            Span badge = new Span(getTranslation("goals.notNowBadge"));
            badge.getElement().getThemeList().add("badge contrast");
            heading.add(badge);
        }
        return heading;
    }

    /** Each part of life with one large button: set it aside for now, or open it again. */
    private Details notNowChoices(Caller me, Set<LifeDomain> notNow) {
        VerticalLayout rows = new VerticalLayout(new Span(getTranslation("goals.notNowIntro")));
        rows.setPadding(false);
        for (LifeDomain domain : LifeDomain.values()) {
            boolean setAside = notNow.contains(domain);
            Icon icon = VaadinIcon.valueOf(domain.icon()).create();
            icon.getElement().setAttribute("aria-hidden", "true");
            Span name = new Span(getTranslation("domain." + domain.name()));
            name.getStyle().set("flex-grow", "1");
            Button toggle = new Button(getTranslation(setAside ? "goals.openAgain" : "goals.notNow"), click -> {
                Set<LifeDomain> changed = EnumSet.noneOf(LifeDomain.class);
                changed.addAll(notNow);
                if (setAside) {
                    changed.remove(domain);
                } else {
                    changed.add(domain);
                }
                goals.setDomainsNotNow(me, me.userId(), changed);
                render();
            });
            toggle.addClassName("not-now-" + domain.name());
            toggle.getElement().setAttribute("aria-label", getTranslation(setAside ? "goals.openAgainFor"
                    : "goals.notNowFor", "domain", getTranslation("domain." + domain.name())));
            toggle.getStyle().set("min-height", "44px");
            HorizontalLayout row = new HorizontalLayout(icon, name, toggle);
            row.setWidthFull();
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            rows.add(row);
        }
        Details details = new Details(getTranslation("goals.notNowTitle"), rows);
        details.setId("domains-not-now");
        details.setOpened(!notNow.isEmpty());
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.goals") + " · " + getTranslation("app.name");
    }
}
