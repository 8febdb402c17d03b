package org.homeward.portal.day;

import org.homeward.common.LifeDomain;
import org.homeward.tasks.NewTask;
import org.homeward.tasks.TaskTemplate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The mutable form behind {@link NewTaskForm}; becomes a {@link NewTask} for the service. */
public class TaskDraft {

    private TaskTemplate template;
    private LifeDomain domain;
    private String title = "";
    private String steps = "";
    private String whatToBring = "";
    private LocalDate dueDate;

    NewTask toCommand(boolean fromTemplate) {
        if (fromTemplate) {
            return new NewTask(template == null ? "" : template.key(), null, null, null, whatToBring, dueDate);
        }
        List<String> stepList = steps == null ? List.of() : Arrays.stream(steps.split("\n")).toList();
        return new NewTask(null, domain, title, stepList, whatToBring, dueDate);
    }

    public TaskTemplate getTemplate() { return template; }
    public void setTemplate(TaskTemplate template) { this.template = template; }
    public LifeDomain getDomain() { return domain; }
    public void setDomain(LifeDomain domain) { this.domain = domain; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSteps() { return steps; }
    public void setSteps(String steps) { this.steps = steps; }
    public String getWhatToBring() { return whatToBring; }
    public void setWhatToBring(String whatToBring) { this.whatToBring = whatToBring; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
}
