package org.homeward.common;

import java.util.Map;

/** A problem with one input field: the field's name and the i18n key (with arguments) of the message. */
public record FieldProblem(String field, String messageKey, Map<String, Object> arguments) {

    public FieldProblem(String field, String messageKey) {
        this(field, messageKey, Map.of());
    }
}
