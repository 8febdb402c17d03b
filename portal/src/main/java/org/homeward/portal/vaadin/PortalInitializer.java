package org.homeward.portal.vaadin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import org.homeward.i18n.Languages;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.portal.i18n.PortalLanguage;
import org.homeward.portal.login.LoginView;
import org.homeward.portal.security.PortalAccessControl;
import org.homeward.portal.security.PortalSession;
import org.homeward.portal.security.PortalUser;

/**
 * Sets up every portal tab: view access control with the login view, and the
 * language (the signed-in person's own, else the browser's, else English).
 */
@Singleton
public class PortalInitializer implements VaadinServiceInitListener {

    private final Languages languages;
    public PortalInitializer(Languages languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            PortalAccessControl accessControl = new PortalAccessControl();
            accessControl.setLoginView(LoginView.class);
            ui.addBeforeEnterListener(accessControl);
            PortalLanguage.apply(ui, initialLanguage());
        });
    }

    private SupportedLanguage initialLanguage() {
        String saved = PortalSession.currentUser().map(PortalUser::language).orElse(null);
        VaadinRequest request = VaadinRequest.getCurrent();
        String acceptLanguage = request == null ? null : request.getHeader("Accept-Language");
        return languages.resolve(saved, acceptLanguage, null);
    }
}
