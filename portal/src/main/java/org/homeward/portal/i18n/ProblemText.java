package org.homeward.portal.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.homeward.common.DomainException;
import org.homeward.common.FieldProblem;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;

import java.util.Locale;

/** A service's refusal in the reader's language, from the same messages the API uses. */
public final class ProblemText {

    private static final Messages MESSAGES = new Messages();

    private ProblemText() {
    }

    public static String of(Component component, DomainException problem) {
        return MESSAGES.format(Bundle.API, locale(component), problem.messageKey(), problem.arguments());
    }

    public static String of(Component component, FieldProblem problem) {
        return MESSAGES.format(Bundle.API, locale(component), problem.messageKey(), problem.arguments());
    }

    private static Locale locale(Component component) {
        return component.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale).orElse(Locale.ENGLISH);
    }
}
