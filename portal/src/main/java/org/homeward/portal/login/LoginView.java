package org.homeward.portal.login;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.homeward.auth.SignInService;
import org.homeward.common.DomainException;
import org.homeward.common.ProblemKind;
import org.homeward.i18n.Languages;
import org.homeward.people.ProfileService;
import org.homeward.portal.i18n.ProblemText;
import org.homeward.portal.security.PortalSession;
import org.homeward.portal.security.PortalUser;

/** Sign in with username and password; the same user store and checks as the phone API. */
@Prototype
@AnonymousAllowed
@Route("login")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SignInService signIn;
    private final Languages languages;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    public LoginView(SignInService signIn, Languages languages, ProfileService profiles) {
        this.signIn = signIn;
        this.languages = languages;
        setMaxWidth("28rem");
        getStyle().set("margin-inline", "auto");

        username.setLabel(getTranslation("login.username"));
        username.setId("username");
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        username.setWidthFull();
        password.setLabel(getTranslation("login.password"));
        password.setId("password");
        password.setWidthFull();
        Button submit = new Button(getTranslation("login.submit"), click -> signIn());
        submit.setId("sign-in");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();
        submit.getStyle().set("min-height", "44px");

        add(new PublicHeader(languages, profiles), new H2(getTranslation("login.title")), username, password, submit,
                new Paragraph(getTranslation("login.haveCode")),
                new RouterLink(getTranslation("login.activateLink"), ActivateView.class));
    }

    private void signIn() {
        username.setInvalid(false);
        password.setInvalid(false);
        try {
            PortalUser user = PortalUser.of(signIn.signIn(username.getValue(), password.getValue()));
            getUI().ifPresent(ui -> SignInCompletion.complete(ui, user, languages));
        } catch (DomainException refused) {
            password.clear();
            password.setErrorMessage(ProblemText.of(this, refused));
            password.setInvalid(true);
            if (refused.kind() == ProblemKind.UNAUTHORIZED) {
                username.setInvalid(true);
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalSession.currentUser().ifPresent(user -> event.forwardTo(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
