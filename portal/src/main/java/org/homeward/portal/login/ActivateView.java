package org.homeward.portal.login;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.homeward.auth.ActivationService;
import org.homeward.common.DomainException;
import org.homeward.common.FieldProblem;
import org.homeward.i18n.Languages;
import org.homeward.people.ProfileService;
import org.homeward.portal.i18n.ProblemText;
import org.homeward.portal.security.PortalUser;

import java.util.Map;

/** First visit: the person types the code they were given, chooses a username and a password. */
@Prototype
@AnonymousAllowed
@Route("activate")
public class ActivateView extends VerticalLayout implements HasDynamicTitle {

    private final ActivationService activation;
    private final Languages languages;
    private final TextField code = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ActivateView(ActivationService activation, Languages languages, ProfileService profiles) {
        this.activation = activation;
        this.languages = languages;
        setMaxWidth("28rem");
        getStyle().set("margin-inline", "auto");
        code.setLabel(getTranslation("activate.code"));
        code.setHelperText(getTranslation("activate.codeHelp"));
        code.setId("code");
        username.setLabel(getTranslation("activate.username"));
        username.setHelperText(getTranslation("activate.usernameHelp"));
        username.setId("username");
        password.setLabel(getTranslation("activate.password"));
        password.setHelperText(getTranslation("activate.passwordHelp"));
        password.setId("password");
        repeat.setLabel(getTranslation("activate.repeat"));
        repeat.setId("repeat");
        for (Component field : new Component[] {code, username, password, repeat}) {
            ((com.vaadin.flow.component.HasSize) field).setWidthFull();
        }
        Button submit = new Button(getTranslation("activate.submit"), click -> activate());
        submit.setId("activate");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.getStyle().set("min-height", "44px");
        add(new PublicHeader(languages, profiles), new H2(getTranslation("activate.title")),
                new Paragraph(getTranslation("activate.intro")), code, username, password, repeat, submit);
    }

    private void activate() {
        Map<String, HasValidation> fields = Map.of("code", code, "username", username, "password", password);
        fields.values().forEach(field -> field.setInvalid(false));
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("activate.repeatMismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            PortalUser user = PortalUser.of(activation.activate(code.getValue(), username.getValue(),
                    password.getValue()));
            getUI().ifPresent(ui -> SignInCompletion.complete(ui, user, languages));
        } catch (DomainException refused) {
            for (FieldProblem problem : refused.fieldProblems()) {
                HasValidation field = fields.getOrDefault(problem.field(), code);
                field.setErrorMessage(ProblemText.of(this, problem));
                field.setInvalid(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activate.title") + " · " + getTranslation("app.name");
    }
}
