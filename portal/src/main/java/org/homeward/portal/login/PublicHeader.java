package org.homeward.portal.login;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.homeward.i18n.Languages;
import org.homeward.people.ProfileService;
import org.homeward.portal.layout.LanguageMenu;
import org.homeward.portal.layout.QuickExitButton;

/** The header of pages seen before signing in: name, language menu and the quick exit. */
public class PublicHeader extends HorizontalLayout {

    public PublicHeader(Languages languages, ProfileService profiles) {
        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        add(title, new LanguageMenu(languages, profiles), new QuickExitButton());
        expand(title);
        setWidthFull();
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    }
}
