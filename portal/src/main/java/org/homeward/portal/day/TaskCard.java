package org.homeward.portal.day;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.homeward.common.DomainException;
import org.homeward.portal.i18n.ProblemText;
import org.homeward.tasks.TaskStatus;
import org.homeward.tasks.TaskText;
import org.homeward.tasks.TaskView;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One task on a phone screen: its domain icon, title, steps, what to bring and due date, and large
 * buttons to mark it done or set it aside. Free text not yet in the reader's language says so;
 * translated free text keeps the author's original words in a small disclosure.
 */
public class TaskCard extends VerticalLayout {

    public TaskCard(TaskView task, Consumer<TaskView> onDone, BiConsumer<TaskView, String> onSkip) {
        addClassName("task-card");
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-sizing", "border-box").set("max-width", "40rem");
        Icon icon = VaadinIcon.valueOf(task.icon()).create();
        icon.getElement().setAttribute("aria-label", getTranslation("domain." + task.domain().name()));
        Span title = new Span(task.text().title());
        title.addClassName("task-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        HorizontalLayout header = new HorizontalLayout(icon, title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(header);
        Span domain = new Span(getTranslation("domain." + task.domain().name()));
        domain.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(domain);
        if (task.notYetTranslated()) {
            Span note = new Span(getTranslation("task.notYetTranslated"));
            note.addClassName("not-yet-translated");
            note.getStyle().set("font-style", "italic");
            add(note);
        }
        if (!task.text().steps().isEmpty()) {
            UnorderedList steps = new UnorderedList();
            task.text().steps().forEach(step -> steps.add(new ListItem(step)));
            add(steps);
        }
        if (task.text().whatToBring() != null) {
            add(new Span(getTranslation("task.bring", "what", task.text().whatToBring())));
        }
        if (readsATranslation(task)) {
            add(original(task.original()));
        }
        if (task.dueDate() != null) {
            String key = task.dueDate().isBefore(LocalDate.now()) && task.status() == TaskStatus.OPEN
                    ? "task.overdue" : "task.due";
            add(new Span(getTranslation(key, "date", DayFormats.date(task.dueDate()))));
        }
        if (task.status() == TaskStatus.OPEN && onDone != null) {
            add(actions(task, onDone, onSkip));
        } else if (task.status() != TaskStatus.OPEN) {
            Span status = new Span(getTranslation("taskStatus." + task.status().name()));
            status.getElement().getThemeList().add("badge");
            add(status);
        }
    }

    /** Free text that the reader sees in a translation; the author's own words stay one tap away. */
    private static boolean readsATranslation(TaskView task) {
        return task.original() != null && !task.original().language().equals(task.text().language());
    }

    /** Closed by default: the translation is what the reader needs, the original is there to check it. */
    private Details original(TaskText original) {
        VerticalLayout words = new VerticalLayout();
        words.setPadding(false);
        words.setSpacing(false);
        Span title = new Span(original.title());
        title.getStyle().set("font-weight", "600");
        words.add(inLanguage(title, original.language()));
        if (!original.steps().isEmpty()) {
            UnorderedList steps = new UnorderedList();
            original.steps().forEach(step -> steps.add(new ListItem(step)));
            words.add(inLanguage(steps, original.language()));
        }
        if (original.whatToBring() != null) {
            words.add(new Span(getTranslation("task.bring", "what", original.whatToBring())));
        }
        Details details = new Details(getTranslation("task.original", "language",
                DayFormats.languageName(original.language())), words);
        details.addClassName("task-original");
        return details;
    }

    /** Lets the browser pick the right font, direction and voice for words in another language. */
    private static <T extends Component> T inLanguage(T component, String language) {
        component.getElement().setAttribute("lang", language);
        component.getElement().setAttribute("dir", "auto");
        return component;
    }

    private Div actions(TaskView task, Consumer<TaskView> onDone, BiConsumer<TaskView, String> onSkip) {
        Button done = new Button(getTranslation("task.markDone"), VaadinIcon.CHECK.create(), click -> onDone.accept(task));
        done.addClassName("task-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        done.getStyle().set("min-height", "44px");
        TextField reason = new TextField(getTranslation("task.skipReason"));
        reason.setVisible(false);
        Button skip = new Button(getTranslation("task.skip"));
        skip.getStyle().set("min-height", "44px");
        skip.addClickListener(click -> {
            if (!reason.isVisible()) {
                reason.setVisible(true);
                reason.focus();
                return;
            }
            try {
                onSkip.accept(task, reason.getValue());
            } catch (DomainException refused) {
                reason.setErrorMessage(refused.fieldProblems().isEmpty() ? ProblemText.of(this, refused)
                        : ProblemText.of(this, refused.fieldProblems().get(0)));
                reason.setInvalid(true);
            }
        });
        Div actions = new Div(done, skip, reason);
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        return actions;
    }
}
