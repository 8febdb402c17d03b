package org.homeward.portal.day;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.homeward.common.DomainException;
import org.homeward.portal.i18n.FieldErrors;
import org.homeward.common.LifeDomain;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.people.Caller;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskTemplate;
import org.homeward.tasks.TaskText;

import java.util.Map;

/**
 * Adds a task: from the template catalogue, with a preview in the participant's own language, or
 * in the author's own words. Participants write their own words only.
 */
public class NewTaskForm extends Details {

    private final TaskService tasks;
    private final Caller author;
    private final String participantId;
    private final SupportedLanguage previewLanguage;
    private final Runnable onSaved;
    private final Binder<TaskDraft> binder = new Binder<>(TaskDraft.class);
    private final RadioButtonGroup<Boolean> fromTemplate = new RadioButtonGroup<>();
    private final ComboBox<TaskTemplate> template = new ComboBox<>();
    private final Div preview = new Div();
    private final Select<LifeDomain> domain = new Select<>();
    private final TextField title = new TextField();
    private final TextArea steps = new TextArea();
    private final TextField bring = new TextField();
    private final DatePicker dueDate = new DatePicker();
    private TaskDraft draft = new TaskDraft();

    /** @param previewLanguage the participant's language, for template previews; null hides templates */
    public NewTaskForm(TaskService tasks, Caller author, String participantId, SupportedLanguage previewLanguage,
                       Runnable onSaved) {
        this.tasks = tasks;
        this.author = author;
        this.participantId = participantId;
        this.previewLanguage = previewLanguage;
        this.onSaved = onSaved;
        setSummaryText(getTranslation("taskForm.title"));
        setId("new-task-form");
        SupportedLanguage reader = tasks.readerLanguage(author);

        fromTemplate.setItems(true, false);
        fromTemplate.setItemLabelGenerator(template -> getTranslation(template ? "taskForm.fromTemplate" : "taskForm.ownWords"));
        fromTemplate.setValue(previewLanguage != null);
        fromTemplate.setVisible(previewLanguage != null);
        template.setId("template-choice");
        template.setLabel(getTranslation("taskForm.template"));
        template.setItems(tasks.templates());
        template.setItemLabelGenerator(t -> tasks.templateText(t, reader).title());
        template.addValueChangeListener(change -> showPreview(change.getValue()));
        preview.setId("template-preview");
        domain.setLabel(getTranslation("taskForm.domain"));
        domain.setItems(LifeDomain.values());
        domain.setItemLabelGenerator(d -> getTranslation("domain." + d.name()));
        title.setLabel(getTranslation("taskForm.taskTitle"));
        title.setId("task-title");
        steps.setLabel(getTranslation("taskForm.steps"));
        bring.setLabel(getTranslation("taskForm.bring"));
        dueDate.setLabel(getTranslation("taskForm.dueDate"));
        dueDate.setId("task-due-date");

        binder.forField(template).bind(TaskDraft::getTemplate, TaskDraft::setTemplate);
        binder.forField(domain).bind(TaskDraft::getDomain, TaskDraft::setDomain);
        binder.forField(title).bind(TaskDraft::getTitle, TaskDraft::setTitle);
        binder.forField(steps).bind(TaskDraft::getSteps, TaskDraft::setSteps);
        binder.forField(bring).bind(TaskDraft::getWhatToBring, TaskDraft::setWhatToBring);
        binder.forField(dueDate).bind(TaskDraft::getDueDate, TaskDraft::setDueDate);
        binder.setBean(draft);
        fromTemplate.addValueChangeListener(change -> showMode());

        Button save = new Button(getTranslation("taskForm.save"), click -> save());
        save.setId("save-task");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getStyle().set("min-height", "44px");
        VerticalLayout content = new VerticalLayout(fromTemplate, template, preview, domain, title, steps, bring, dueDate,
                save);
        content.setPadding(false);
        add(content);
        showMode();
    }

    private void showMode() {
        boolean templates = Boolean.TRUE.equals(fromTemplate.getValue());
        template.setVisible(templates);
        preview.setVisible(templates);
        domain.setVisible(!templates);
        title.setVisible(!templates);
        steps.setVisible(!templates);
    }

    /** What the participant will read, in their language. */
    private void showPreview(TaskTemplate chosen) {
        preview.removeAll();
        if (chosen == null || previewLanguage == null) {
            return;
        }
        TaskText text = tasks.templateText(chosen, previewLanguage);
        H4 heading = new H4(text.title());
        heading.getElement().setAttribute("lang", previewLanguage.tag());
        heading.getElement().setAttribute("dir", previewLanguage.rightToLeft() ? "rtl" : "ltr");
        preview.add(new Span(getTranslation("taskForm.preview", "language", previewLanguage.nativeName())), heading);
        UnorderedList list = new UnorderedList();
        text.steps().forEach(step -> list.add(new ListItem(step)));
        list.getElement().setAttribute("dir", previewLanguage.rightToLeft() ? "rtl" : "ltr");
        preview.add(list);
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("templateKey", template, "domain", domain, "title", title,
                "steps", steps, "whatToBring", bring, "dueDate", dueDate);
        FieldErrors.clear(fields);
        try {
            tasks.create(author, participantId, draft.toCommand(Boolean.TRUE.equals(fromTemplate.getValue())));
            draft = new TaskDraft();
            binder.setBean(draft);
            setOpened(false);
            onSaved.run();
        } catch (DomainException refused) {
            FieldErrors.show(this, fields, refused);
        }
    }
}
