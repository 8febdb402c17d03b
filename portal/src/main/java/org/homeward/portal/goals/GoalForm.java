package org.homeward.portal.goals;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.homeward.common.DomainException;
import org.homeward.common.LifeDomain;
import org.homeward.goals.GoalLimits;
import org.homeward.goals.GoalService;
import org.homeward.goals.GoalStatus;
import org.homeward.goals.GoalView;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;
import org.homeward.tasks.TaskStatus;
import org.homeward.tasks.TaskView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets a goal (domain, the participant's words, where things stand, an optional note, tasks that
 * move it on) or changes one (also its status). The participant writes "my goal"; a caseworker
 * writes the goal with them, in their words.
 */
public class GoalForm extends Details {

    private final Binder<GoalDraft> binder = new Binder<>(GoalDraft.class);
    private final Select<LifeDomain> domain = new Select<>();
    private final TextArea wording = new TextArea();
    private final RadioButtonGroup<Integer> baseline;
    private final TextArea note = new TextArea();
    private final Select<GoalStatus> status = new Select<>();
    private final MultiSelectComboBox<TaskView> tasks = new MultiSelectComboBox<>();
    private GoalDraft draft;

    /** A form to set a new goal; {@code ownWords} for the participant themself. */
    static GoalForm forNew(GoalService goals, Caller author, String participantId, boolean ownWords,
                           List<TaskView> linkable, Runnable onSaved) {
        return new GoalForm(goals, author, participantId, null, ownWords, linkable, onSaved);
    }

    static GoalForm forChange(GoalService goals, Caller author, GoalView goal, boolean ownWords,
                              List<TaskView> linkable, Runnable onSaved) {
        return new GoalForm(goals, author, goal.participantId(), goal, ownWords, linkable, onSaved);
    }

    private GoalForm(GoalService goals, Caller author, String participantId, GoalView goal, boolean ownWords,
                     List<TaskView> linkable, Runnable onSaved) {
        boolean isNew = goal == null;
        setSummaryText(getTranslation(isNew ? "goalForm.add" : "goalForm.change"));
        addClassName(isNew ? "new-goal-form" : "change-goal-form");
        domain.setLabel(getTranslation("goalForm.domain"));
        domain.setItems(LifeDomain.values());
        domain.setItemLabelGenerator(d -> getTranslation("domain." + d.name()));
        domain.setRenderer(new ComponentRenderer<>(d -> new HorizontalLayout(
                VaadinIcon.valueOf(d.icon()).create(), new Span(getTranslation("domain." + d.name())))));
        domain.setVisible(isNew);
        wording.setLabel(getTranslation(ownWords ? "goalForm.wordingOwn" : "goalForm.wordingTheirs"));
        wording.setMaxLength(GoalLimits.WORDING_MAX);
        wording.setWidthFull();
        wording.addClassName("goal-wording");
        baseline = GoalScale.picker(this, getTranslation(ownWords ? "goalForm.baselineOwn" : "goalForm.baselineTheirs"));
        baseline.addClassName("goal-baseline");
        note.setLabel(getTranslation("goalForm.note"));
        note.setMaxLength(GoalLimits.BASELINE_NOTE_MAX);
        note.setWidthFull();
        status.setLabel(getTranslation("goalForm.status"));
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("goalStatus." + s.name()));
        status.setVisible(!isNew);
        tasks.setLabel(getTranslation("goalForm.tasks"));
        List<TaskView> open = linkable.stream().filter(task -> !task.deleted()
                && (task.status() == TaskStatus.OPEN || goal != null && goal.taskIds().contains(task.id()))).toList();
        tasks.setItems(open);
        tasks.setItemLabelGenerator(task -> task.text().title());
        tasks.setVisible(!open.isEmpty());
        tasks.setWidthFull();

        binder.forField(domain).bind(GoalDraft::getDomain, GoalDraft::setDomain);
        binder.forField(wording).bind(GoalDraft::getWording, GoalDraft::setWording);
        binder.forField(baseline).bind(GoalDraft::getBaselineRating, GoalDraft::setBaselineRating);
        binder.forField(note).bind(GoalDraft::getBaselineNote, GoalDraft::setBaselineNote);
        binder.forField(status).bind(GoalDraft::getStatus, GoalDraft::setStatus);
        binder.forField(tasks).bind(GoalDraft::getTasks, GoalDraft::setTasks);
        draft = isNew ? new GoalDraft() : GoalDraft.of(goal, open);
        binder.setBean(draft);

        Button save = new Button(getTranslation("goalForm.save"), click -> {
            Map<String, HasValidation> fields = new HashMap<>(Map.of("domain", domain, "wording", wording,
                    "baselineRating", baseline, "baselineNote", note, "taskIds", tasks));
            FieldErrors.clear(fields);
            try {
                if (isNew) {
                    goals.create(author, participantId, draft.toNewGoal());
                    draft = new GoalDraft();
                    binder.setBean(draft);
                } else {
                    goals.change(author, goal.id(), draft.toChange());
                }
                setOpened(false);
                onSaved.run();
            } catch (DomainException refused) {
                FieldErrors.show(this, fields, refused);
            }
        });
        save.addClassName("save-goal");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getStyle().set("min-height", "44px");
        VerticalLayout content = new VerticalLayout(domain, wording, baseline, note, status, tasks, save);
        content.setPadding(false);
        add(content);
    }
}
