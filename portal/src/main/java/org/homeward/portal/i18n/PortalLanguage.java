package org.homeward.portal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Direction;
import org.homeward.i18n.SupportedLanguage;

/** Switches a browser tab to a language: its locale, text direction and the page's {@code lang}. */
public final class PortalLanguage {

    private PortalLanguage() {
    }

    public static void apply(UI ui, SupportedLanguage language) {
        ui.setLocale(language.locale());
        Direction direction = language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
        ui.setDirection(direction);
        // Also on <body>, which the server keeps in its own model, so a view can tell the direction.
        ui.getElement().setAttribute("dir", direction.getClientName());
        ui.getElement().executeJs("document.documentElement.lang = $0", language.tag());
    }
}
