package org.homeward.portal.participant;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.portal.day.NewTaskForm;
import org.homeward.portal.day.TaskCard;
import org.homeward.portal.layout.EmptyState;
import org.homeward.tasks.TaskService;
import org.homeward.tasks.TaskView;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A participant's tasks as the people around them see them: each in the reader's own language, with
 * a line saying whether the participant can read it in theirs; the caseworker's form to add one.
 */
public class ParticipantTasks extends VerticalLayout {

    /** @param participantLanguage the language the participant reads */
    public ParticipantTasks(TaskService tasks, Caller me, String participantId, SupportedLanguage participantLanguage,
                            Runnable onChanged) {
        setPadding(false);
        add(new H3(getTranslation("participant.tasks")));
        List<TaskView> mine = tasks.tasksOf(me, participantId);
        if (mine.isEmpty()) {
            add(EmptyState.of(getTranslation("tasks.none")));
        }
        Map<String, TaskView> asTheyRead = tasks.tasksAsTheParticipantReadsThem(me, participantId).stream()
                .collect(Collectors.toMap(TaskView::id, Function.identity()));
        for (TaskView task : mine) {
            TaskCard card = new TaskCard(task, null, null);
            TaskView theirs = asTheyRead.get(task.id());
            if (theirs != null && TranslationStatus.concerns(theirs, participantLanguage)) {
                card.add(new TranslationStatus(tasks, me, theirs, participantLanguage, onChanged));
            }
            add(card);
        }
        if (me.is(Role.CASEWORKER)) {
            add(new NewTaskForm(tasks, me, participantId, participantLanguage, onChanged));
        }
    }
}
