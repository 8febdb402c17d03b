package org.homeward.portal.goals;

import org.homeward.common.LifeDomain;
import org.homeward.goals.GoalChange;
import org.homeward.goals.GoalStatus;
import org.homeward.goals.GoalView;
import org.homeward.goals.NewGoal;
import org.homeward.tasks.TaskView;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The mutable form behind {@link GoalForm}; becomes a {@link NewGoal} or a {@link GoalChange}. */
public class GoalDraft {

    private LifeDomain domain;
    private String wording = "";
    private String baselineNote = "";
    private Integer baselineRating;
    private GoalStatus status = GoalStatus.ACTIVE;
    private Set<TaskView> tasks = new LinkedHashSet<>();

    static GoalDraft of(GoalView goal, List<TaskView> linkable) {
        GoalDraft draft = new GoalDraft();
        draft.domain = goal.domain();
        draft.wording = goal.wording();
        draft.baselineNote = goal.baselineNote() == null ? "" : goal.baselineNote();
        draft.baselineRating = goal.baselineRating();
        draft.status = goal.status();
        linkable.stream().filter(task -> goal.taskIds().contains(task.id())).forEach(draft.tasks::add);
        return draft;
    }

    NewGoal toNewGoal() {
        return new NewGoal(domain, wording, baselineNote, baselineRating, taskIds());
    }

    /** Every field, so what the form shows is what is stored; an empty note clears it. */
    GoalChange toChange() {
        return new GoalChange(wording == null ? "" : wording, baselineNote == null ? "" : baselineNote,
                baselineRating, status, taskIds());
    }

    private List<String> taskIds() {
        return tasks == null ? List.of() : tasks.stream().map(TaskView::id).toList();
    }

    public LifeDomain getDomain() { return domain; }
    public void setDomain(LifeDomain domain) { this.domain = domain; }
    public String getWording() { return wording; }
    public void setWording(String wording) { this.wording = wording; }
    public String getBaselineNote() { return baselineNote; }
    public void setBaselineNote(String baselineNote) { this.baselineNote = baselineNote; }
    public Integer getBaselineRating() { return baselineRating; }
    public void setBaselineRating(Integer baselineRating) { this.baselineRating = baselineRating; }
    public GoalStatus getStatus() { return status; }
    public void setStatus(GoalStatus status) { this.status = status; }
    public Set<TaskView> getTasks() { return tasks; }
    public void setTasks(Set<TaskView> tasks) { this.tasks = tasks; }
}
