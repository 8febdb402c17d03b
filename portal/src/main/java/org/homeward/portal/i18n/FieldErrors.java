package org.homeward.portal.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import org.homeward.common.DomainException;
import org.homeward.common.FieldProblem;

import java.util.Map;

/** Shows a service's refusal beside the fields it names; anything else as a notification. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    public static void show(Component form, Map<String, ? extends HasValidation> fields, DomainException refused) {
        if (refused.fieldProblems().isEmpty()) {
            Notification.show(ProblemText.of(form, refused));
            return;
        }
        for (FieldProblem problem : refused.fieldProblems()) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(ProblemText.of(form, problem));
                field.setInvalid(true);
            } else {
                Notification.show(ProblemText.of(form, problem));
            }
        }
    }
}
