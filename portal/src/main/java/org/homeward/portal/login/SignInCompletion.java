package org.homeward.portal.login;

import com.vaadin.flow.component.UI;
import org.homeward.i18n.Languages;
import org.homeward.portal.i18n.PortalLanguage;
import org.homeward.portal.security.PortalSession;
import org.homeward.portal.security.PortalUser;

/**
 * What follows a successful sign-in or activation: the session is the person's, the tab switches
 * to their own language (and direction), and they land on their home page.
 */
final class SignInCompletion {

    private SignInCompletion() {
    }

    static void complete(UI ui, PortalUser user, Languages languages) {
        PortalSession.signIn(user);
        PortalLanguage.apply(ui, languages.resolve(user.language(), null, null));
        ui.navigate("");
    }
}
