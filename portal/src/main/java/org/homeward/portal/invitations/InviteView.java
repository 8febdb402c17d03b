package org.homeward.portal.invitations;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.common.DomainException;
import org.homeward.common.FieldProblem;
import org.homeward.i18n.Languages;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.invitations.Invitation;
import org.homeward.invitations.InvitationService;
import org.homeward.people.ReleaseStatus;
import org.homeward.people.Role;
import org.homeward.portal.i18n.ProblemText;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;
import org.homeward.portal.security.PortalUser;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Invite a participant or mentor (organisation admins also caseworkers). The activation code is
 * shown once, large, to be read aloud or written down; Homeward keeps only its hash.
 */
@Prototype
@RolesAllowed({"CASEWORKER", "ORG_ADMIN"})
@Route(value = "invite", layout = MainLayout.class)
@NavigationItem(label = "nav.invite", icon = VaadinIcon.PLUS, order = 50)
public class InviteView extends VerticalLayout implements HasDynamicTitle {

    private final InvitationService invitations;
    private final Binder<InviteForm> binder = new Binder<>(InviteForm.class);
    private final Div result = new Div();
    private final Map<String, HasValidation> fieldsByName;
    private InviteForm form = new InviteForm();

    public InviteView(InvitationService invitations, Languages languages) {
        this.invitations = invitations;
        PortalUser user = PortalSession.requireUser();
        setMaxWidth("48rem");

        RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("invite.role"));
        role.setId("role");
        List<Role> roles = new ArrayList<>(List.of(Role.PARTICIPANT, Role.MENTOR));
        if (user.role() == Role.ORG_ADMIN) {
            roles.add(Role.CASEWORKER);
        }
        role.setItems(roles);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        TextField displayName = new TextField(getTranslation("invite.displayName"));
        displayName.setId("display-name");
        displayName.setHelperText(getTranslation("invite.displayNameHelp"));
        TextField username = new TextField(getTranslation("invite.username"));
        username.setId("invite-username");
        username.setHelperText(getTranslation("invite.usernameHelp"));
        TextField phone = new TextField(getTranslation("invite.phone"));
        phone.setId("phone");
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("invite.language"));
        language.setItems(languages.supported().stream().map(SupportedLanguage::tag).toList());
        language.setItemLabelGenerator(tag -> languages.find(tag).map(SupportedLanguage::nativeName).orElse(tag));
        ComboBox<String> timeZone = new ComboBox<>(getTranslation("invite.timeZone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/")).sorted().toList());
        DatePicker releaseDate = new DatePicker(getTranslation("invite.releaseDate"));
        Select<ReleaseStatus> releaseStatus = new Select<>();
        releaseStatus.setLabel(getTranslation("invite.releaseStatus"));
        releaseStatus.setItems(ReleaseStatus.values());
        releaseStatus.setItemLabelGenerator(status -> getTranslation("releaseStatus." + status.name()));

        binder.forField(role).bind(InviteForm::getRole, InviteForm::setRole);
        binder.forField(displayName).asRequired(getTranslation("form.required"))
                .bind(InviteForm::getDisplayName, InviteForm::setDisplayName);
        binder.forField(username).bind(InviteForm::getUsername, InviteForm::setUsername);
        binder.forField(phone).bind(InviteForm::getPhoneNumber, InviteForm::setPhoneNumber);
        binder.forField(language).bind(InviteForm::getLanguage, InviteForm::setLanguage);
        binder.forField(timeZone).bind(InviteForm::getTimeZone, InviteForm::setTimeZone);
        binder.forField(releaseDate).bind(InviteForm::getReleaseDate, InviteForm::setReleaseDate);
        binder.forField(releaseStatus).bind(InviteForm::getReleaseStatus, InviteForm::setReleaseStatus);
        binder.setBean(form);
        role.addValueChangeListener(change -> {
            boolean participant = change.getValue() == Role.PARTICIPANT;
            releaseDate.setVisible(participant);
            releaseStatus.setVisible(participant);
        });
        fieldsByName = Map.of("displayName", displayName, "username", username, "phoneNumber", phone,
                "language", language, "timeZone", timeZone, "role", role);

        Button submit = new Button(getTranslation("invite.submit"), click -> invite());
        submit.setId("send-invite");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.getStyle().set("min-height", "44px");
        FormLayout layout = new FormLayout(role, displayName, username, phone, language, timeZone, releaseDate,
                releaseStatus);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(role, 2);
        result.setId("invite-result");
        add(new H2(getTranslation("invite.title")), layout, submit, result);
    }

    private void invite() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
        result.removeAll();
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            Invitation invitation = invitations.invite(PortalSession.requireUser().caller(), form.toCommand());
            showCode(invitation);
            form = new InviteForm();
            binder.setBean(form);
        } catch (DomainException refused) {
            for (FieldProblem problem : refused.fieldProblems()) {
                HasValidation field = fieldsByName.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(ProblemText.of(this, problem));
                    field.setInvalid(true);
                }
            }
            if (refused.fieldProblems().isEmpty()) {
                result.add(new Paragraph(ProblemText.of(this, refused)));
            }
        }
    }

    private void showCode(Invitation invitation) {
        Span code = new Span(invitation.activationCode());
        code.setId("activation-code");
        code.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-family", "monospace")
                .set("letter-spacing", "0.1em");
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of(invitation.account().timeZone())).format(invitation.codeExpiresAt());
        result.add(new Paragraph(getTranslation("invite.done", "name", invitation.account().displayName())), code,
                new Paragraph(getTranslation("invite.codeExpires", "when", expires)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invite.title") + " · " + getTranslation("app.name");
    }
}
