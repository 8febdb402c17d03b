package org.homeward.portal.help;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.common.DomainException;
import org.homeward.help.HelpRequestService;
import org.homeward.help.HelpRequestView;
import org.homeward.help.HelpStatus;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.portal.i18n.FieldErrors;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * A request as a caseworker sees it in a list. One nobody has acknowledged stands out without a
 * sound: a thick red edge, a tinted background, an alert icon and how long the person has waited.
 * How far it escalated is written out.
 */
public class ResponderRequestCard extends VerticalLayout {

    /** The participant's page (route of {@code ParticipantView}), named here so this package does not depend on it. */
    private static final String PARTICIPANT_PAGE = "participants/";

    private final HelpRequestView request;

    ResponderRequestCard(HelpRequestService help, Caller me, HelpRequestView request, ZoneId zone, Clock clock,
                         boolean withName, Runnable onChanged) {
        this.request = request;
        boolean open = request.status() == HelpStatus.OPEN;
        addClassName("help-request-card");
        if (open) {
            addClassName("help-open");
        }
        getElement().setAttribute("data-status", request.status().name());
        getElement().setAttribute("data-id", request.id());
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-sizing", "border-box")
                .set("border-inline-start", open ? "10px solid var(--lumo-error-color)"
                        : "6px solid var(--lumo-contrast-30pct)");
        if (open) {
            getStyle().set("background", "var(--lumo-error-color-10pct)")
                    .set("border-color", "var(--lumo-error-color)");
        }

        Icon icon = (open ? VaadinIcon.EXCLAMATION_CIRCLE : HelpFormats.icon(request.category())).create();
        icon.setColor(open ? "var(--lumo-error-color)" : "var(--lumo-secondary-text-color)");
        icon.getElement().setAttribute("aria-hidden", "true");
        HorizontalLayout header = new HorizontalLayout(icon);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        if (withName) {
            Anchor name = new Anchor(PARTICIPANT_PAGE + request.participantId(), request.participantName());
            name.addClassName("help-participant");
            name.getElement().setAttribute("router-link", true);
            name.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)");
            header.add(name);
        }
        Span topic = new Span(getTranslation("helpPanel.topic", "category", request.category() == null
                        ? getTranslation("help.request") : getTranslation("helpCategory." + request.category().name()),
                "urgency", getTranslation("urgency." + request.urgency().name())));
        topic.getStyle().set("font-weight", withName ? "400" : "600");
        header.add(topic);
        add(header);

        if (open) {
            Span waiting = new Span(waiting(Duration.between(request.createdAt(), clock.instant())));
            waiting.addClassName("help-waiting");
            waiting.getStyle().set("font-weight", "700").set("color", "var(--lumo-error-text-color)");
            add(waiting);
        } else {
            Span status = new Span(request.statusText());
            status.addClassName("help-status");
            add(status);
        }
        if (request.escalationLevel() > 0) {
            Span escalated = new Span(getTranslation("helpPanel.escalated." + Math.min(2, request.escalationLevel())));
            escalated.addClassName("help-escalation");
            escalated.getElement().getThemeList().add("badge error primary");
            escalated.getStyle().set("margin-block", "var(--lumo-space-xs)");
            add(escalated);
        }
        if (request.message() != null) {
            Div message = new Div(new Span(request.message()));
            message.addClassName("help-message");
            message.getElement().setAttribute("dir", "auto");
            message.getStyle().set("white-space", "pre-line").set("margin-block", "var(--lumo-space-xs)");
            add(message);
        }
        Span asked = new Span(getTranslation("helpPanel.askedAt", "when", HelpFormats.when(request.createdAt(), zone)));
        asked.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(asked);

        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin-block-start", "var(--lumo-space-s)");
        // Mentors the participant shares requests with read them; caseworkers answer them.
        boolean answers = me.is(Role.CASEWORKER);
        if (open && answers) {
            Button acknowledge = new Button(getTranslation("helpPanel.acknowledge"), VaadinIcon.CHECK.create());
            acknowledge.addClassName("help-acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            acknowledge.getStyle().set("min-height", "44px");
            acknowledge.setDisableOnClick(true);
            acknowledge.addClickListener(click -> act(() -> help.acknowledge(me, request.id()), onChanged));
            actions.add(acknowledge);
        }
        if (request.status() == HelpStatus.RESOLVED && answers) {
            Button reopen = new Button(getTranslation("helpPanel.reopen"), VaadinIcon.ROTATE_LEFT.create());
            reopen.addClassName("help-reopen");
            reopen.getStyle().set("min-height", "44px");
            reopen.setDisableOnClick(true);
            reopen.addClickListener(click -> act(() -> help.reopen(me, request.id()), onChanged));
            actions.add(reopen);
        }
        Button details = new Button(getTranslation("helpPanel.details"), VaadinIcon.ELLIPSIS_DOTS_H.create(),
                click -> new HelpRequestDialog(help, me, request.id(), zone, onChanged).open());
        details.addClassName("help-open-details");
        details.getStyle().set("min-height", "44px");
        actions.add(details);
        add(actions);
    }

    public HelpRequestView request() {
        return request;
    }

    private void act(Runnable action, Runnable onChanged) {
        try {
            action.run();
        } catch (DomainException refused) {
            FieldErrors.show(this, Map.of(), refused);
        }
        onChanged.run();
    }

    private String waiting(Duration waited) {
        long minutes = Math.max(0, waited.toMinutes());
        if (minutes < 120) {
            return getTranslation("helpPanel.waitingMinutes", "count", minutes);
        }
        if (minutes < 48 * 60) {
            return getTranslation("helpPanel.waitingHours", "count", minutes / 60);
        }
        return getTranslation("helpPanel.waitingDays", "count", minutes / (24 * 60));
    }
}
