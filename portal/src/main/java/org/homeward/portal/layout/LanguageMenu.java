package org.homeward.portal.layout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.homeward.i18n.Languages;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.people.ProfileService;
import org.homeward.portal.i18n.PortalLanguage;
import org.homeward.portal.security.PortalSession;
import org.homeward.portal.security.PortalUser;

/**
 * Languages listed by their own names ("العربية", never a flag). Choosing one saves it for the
 * signed-in person and redraws the page in it, right-to-left where the language is.
 */
public class LanguageMenu extends Composite<Select<SupportedLanguage>> {

    public LanguageMenu(Languages languages, ProfileService profiles) {
        Select<SupportedLanguage> select = getContent();
        select.setId("language-menu");
        select.setItems(languages.supported());
        select.setItemLabelGenerator(SupportedLanguage::nativeName);
        select.setAriaLabel(select.getTranslation("language.menu"));
        select.setValue(languages.find(UI.getCurrent().getLocale().toLanguageTag()).orElse(Languages.ENGLISH));
        select.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            SupportedLanguage chosen = event.getValue();
            PortalSession.currentUser().ifPresent(user -> {
                profiles.changeLanguage(user.caller(), chosen.tag());
                PortalSession.update(user.withLanguage(chosen.tag()));
            });
            UI ui = UI.getCurrent();
            PortalLanguage.apply(ui, chosen);
            ui.refreshCurrentRoute(true);
        });
    }
}
