package org.homeward.portal.participant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskView;

/**
 * Whether the participant can read a free-text task in their own language, and for those who may
 * translate it, the button to do so (or to improve the translation).
 */
public class TranslationStatus extends Div {

    /**
     * @param task the task as the participant reads it
     * @param into the participant's language
     */
    public TranslationStatus(TaskService tasks, Caller me, TaskView task, SupportedLanguage into, Runnable onSaved) {
        addClassName("translation-status");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)");
        Span state = task.notYetTranslated()
                ? new Span(getTranslation("translation.missing", "language", into.nativeName()))
                : new Span(getTranslation("translation.done", "language", into.nativeName(), "title",
                task.text().title()));
        state.addClassName(task.notYetTranslated() ? "translation-missing" : "translation-done");
        add(state);
        if (mayTranslate(me)) {
            Button translate = new Button(getTranslation(task.notYetTranslated() ? "translation.add"
                    : "translation.change"), VaadinIcon.COMMENTS_O.create(),
                    click -> new TranslationDialog(tasks, me, task, into, onSaved).open());
            translate.addClassName("translate-task");
            translate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(translate);
        }
    }

    /** Free text written in another language than the participant reads. */
    public static boolean concerns(TaskView task, SupportedLanguage participantLanguage) {
        return task.original() != null && !task.original().language().equals(participantLanguage.tag());
    }

    /**
     * The same rule as {@code TaskService.translate}, for the people who open a participant's page:
     * their caseworker and mentor may; an organisation admin may not. (A participant may translate
     * only tasks they wrote, which are in their own language, so their pages offer nothing.)
     */
    static boolean mayTranslate(Caller caller) {
        return caller.is(Role.CASEWORKER) || caller.is(Role.MENTOR);
    }
}
