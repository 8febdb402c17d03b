package org.homeward.portal.participant;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.homeward.common.DomainException;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskText;
import org.homeward.tasks.TaskView;

import java.util.Map;

/**
 * Puts a free-text task into the participant's language. Under each field the author's original
 * words stay in sight, so the translator works line by line. Nothing is stored until the service
 * accepts the whole form; a refusal shows beside its field.
 */
public class TranslationDialog extends Dialog {

    private final Binder<TranslationDraft> binder = new Binder<>(TranslationDraft.class);
    private final TextField title = new TextField();
    private final TextArea steps = new TextArea();
    private final TextField bring = new TextField();

    /**
     * @param task the task as the participant reads it: its original, and their translation if one exists
     * @param into the participant's language
     */
    public TranslationDialog(TaskService tasks, Caller translator, TaskView task, SupportedLanguage into,
                             Runnable onSaved) {
        setId("translate-task");
        setMaxWidth("40rem");
        setHeaderTitle(getTranslation("translation.dialogTitle", "language", into.nativeName()));
        TaskText original = task.original();
        title.setLabel(getTranslation("taskForm.taskTitle"));
        title.setId("translation-title");
        title.setHelperText(getTranslation("translation.original", "text", original.title()));
        steps.setLabel(getTranslation("taskForm.steps"));
        steps.setId("translation-steps");
        if (!original.steps().isEmpty()) {
            steps.setHelperText(getTranslation("translation.original", "text", String.join(" / ", original.steps())));
        }
        bring.setLabel(getTranslation("taskForm.bring"));
        bring.setId("translation-bring");
        if (original.whatToBring() != null) {
            bring.setHelperText(getTranslation("translation.original", "text", original.whatToBring()));
        }
        for (HasElement field : new HasElement[] {title, steps, bring}) {
            // Typing Arabic or Farsi reads right to left; the browser also picks the right spelling help.
            field.getElement().setAttribute("lang", into.tag());
            field.getElement().setAttribute("dir", into.rightToLeft() ? "rtl" : "ltr");
        }
        binder.forField(title).bind(TranslationDraft::getTitle, TranslationDraft::setTitle);
        binder.forField(steps).bind(TranslationDraft::getSteps, TranslationDraft::setSteps);
        binder.forField(bring).bind(TranslationDraft::getWhatToBring, TranslationDraft::setWhatToBring);
        TranslationDraft draft = task.notYetTranslated() ? new TranslationDraft() : TranslationDraft.of(task.text());
        binder.setBean(draft);

        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("translation.intro")), title, steps,
                bring);
        content.setPadding(false);
        add(content);

        Map<String, HasValidation> fields = Map.of("title", title, "steps", steps, "whatToBring", bring);
        Button save = new Button(getTranslation("translation.save"), click -> {
            FieldErrors.clear(fields);
            try {
                tasks.translate(translator, task.id(), draft.toCommand(into.tag()));
                close();
                onSaved.run();
            } catch (DomainException refused) {
                FieldErrors.show(this, fields, refused);
            }
        });
        save.setId("save-translation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
