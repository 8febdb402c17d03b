package org.homeward.portal.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.homeward.common.DomainException;
import org.homeward.help.HelpRequestService;
import org.homeward.help.HelpRequestView;
import org.homeward.help.HelpStatus;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;

import java.time.ZoneId;
import java.util.Map;

/**
 * One of the participant's own requests: what it is about, where it stands in their language ("Seen
 * by Casey at 14:05"), what happened so far, and, while it is open, a way to add a message or take
 * it back.
 */
public class HelpRequestCard extends VerticalLayout {

    private final HelpRequestService help;
    private final Caller me;
    private final HelpRequestView request;
    private final Runnable onChanged;

    HelpRequestCard(HelpRequestService help, Caller me, HelpRequestView request, ZoneId zone, Runnable onChanged) {
        this.help = help;
        this.me = me;
        this.request = request;
        this.onChanged = onChanged;
        addClassName("help-request");
        getElement().setAttribute("data-status", request.status().name());
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-sizing", "border-box");
        if (request.status() == HelpStatus.ACKNOWLEDGED) {
            getStyle().set("border-inline-start", "6px solid var(--lumo-success-color)");
        } else if (request.status() == HelpStatus.OPEN) {
            getStyle().set("border-inline-start", "6px solid var(--lumo-primary-color)");
        }

        Icon icon = HelpFormats.icon(request.category()).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(request.category() == null ? getTranslation("help.request")
                : getTranslation("helpCategory." + request.category().name()));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        HorizontalLayout header = new HorizontalLayout(icon, title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Span status = new Span(request.statusText());
        status.addClassName("help-status");
        status.getElement().getThemeList().add(switch (request.status()) {
            case OPEN -> "badge";
            case ACKNOWLEDGED -> "badge success";
            case RESOLVED, CANCELLED -> "badge contrast";
        });
        status.getStyle().set("font-size", "var(--lumo-font-size-m)").set("white-space", "normal")
                .set("margin-block", "var(--lumo-space-xs)");

        Span asked = new Span(getTranslation("help.askedAt", "when", HelpFormats.when(request.createdAt(), zone),
                "urgency", getTranslation("urgency." + request.urgency().name())));
        asked.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(header, status, asked);

        if (!request.history().isEmpty()) {
            Details history = new Details(getTranslation("help.history"), new HelpHistory(request.history(), zone));
            history.addClassName("help-history-details");
            add(history);
        }
        if (request.status() == HelpStatus.OPEN || request.status() == HelpStatus.ACKNOWLEDGED) {
            add(actions());
        }
    }

    public HelpRequestView request() {
        return request;
    }

    private Div actions() {
        TextArea message = new TextArea(getTranslation("help.addMessage"));
        message.addClassName("help-add-message-text");
        message.setMaxLength(HelpButtonPanel.MESSAGE_MAX);
        message.setWidthFull();
        Button send = new Button(getTranslation("help.sendMessage"), VaadinIcon.PAPERPLANE_O.create());
        send.addClassName("help-add-message");
        send.getStyle().set("min-height", "44px");
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            Map<String, TextArea> fields = Map.of("message", message);
            FieldErrors.clear(fields);
            try {
                help.addMessage(me, request.id(), message.getValue());
                onChanged.run();
            } catch (DomainException refused) {
                FieldErrors.show(this, fields, refused);
            } finally {
                send.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("help.cancel"), VaadinIcon.CLOSE_CIRCLE_O.create(),
                click -> confirmCancel());
        cancel.addClassName("help-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.getStyle().set("min-height", "44px");
        Div buttons = new Div(send, cancel);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        Div actions = new Div(message, buttons);
        actions.setWidthFull();
        return actions;
    }

    private void confirmCancel() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-cancel-help");
        confirm.setHeader(getTranslation("helpCancel.title"));
        confirm.add(new Paragraph(getTranslation("helpCancel.text")));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("helpCancel.keep"));
        confirm.setConfirmText(getTranslation("helpCancel.confirm"));
        confirm.addConfirmListener(confirmed -> {
            try {
                help.cancel(me, request.id());
            } catch (DomainException refused) {
                FieldErrors.show(this, Map.of(), refused);
            }
            onChanged.run();
        });
        confirm.open();
    }
}
