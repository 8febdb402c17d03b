package org.homeward.portal.layout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.homeward.portal.security.QuickExit;

/**
 * Always visible: leaves Homeward at once for a neutral site and ends the session, for when someone
 * looks over the person's shoulder. Also on the Escape key.
 */
public class QuickExitButton extends Composite<Button> {

    public QuickExitButton() {
        Button button = getContent();
        button.setText(button.getTranslation("quickExit.label"));
        button.setIcon(VaadinIcon.SIGN_OUT_ALT.create());
        button.setId("quick-exit");
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        button.getElement().setAttribute("title", button.getTranslation("quickExit.hint"));
        button.getStyle().set("min-height", "44px");
        button.addClickShortcut(Key.ESCAPE);
        button.addClickListener(click -> button.getUI().ifPresent(ui ->
                ui.getPage().executeJs("window.location.replace($0)", QuickExit.PATH)));
    }
}
