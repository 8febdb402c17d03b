package org.homeward.portal.participant;

import org.homeward.tasks.NewTranslation;
import org.homeward.tasks.TaskText;

import java.util.Arrays;
import java.util.List;

/** The mutable form behind {@link TranslationDialog}; becomes a {@link NewTranslation} for the service. */
public class TranslationDraft {

    private String title = "";
    private String steps = "";
    private String whatToBring = "";

    /** The words the participant reads now, to improve an earlier translation. */
    static TranslationDraft of(TaskText translated) {
        TranslationDraft draft = new TranslationDraft();
        draft.title = translated.title();
        draft.steps = String.join("\n", translated.steps());
        draft.whatToBring = translated.whatToBring() == null ? "" : translated.whatToBring();
        return draft;
    }

    /** Empty lines are left out: they are not steps, and must not count against the limit of steps. */
    NewTranslation toCommand(String language) {
        List<String> stepList = steps == null ? List.of()
                : Arrays.stream(steps.split("\n")).filter(step -> !step.isBlank()).toList();
        return new NewTranslation(language, title, stepList, whatToBring);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSteps() { return steps; }
    public void setSteps(String steps) { this.steps = steps; }
    public String getWhatToBring() { return whatToBring; }
    public void setWhatToBring(String whatToBring) { this.whatToBring = whatToBring; }
}
