package org.homeward.portal.help;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.homeward.common.DomainException;
import org.homeward.help.HelpOutcome;
import org.homeward.help.HelpRequestService;
import org.homeward.help.HelpRequestView;
import org.homeward.help.HelpStatus;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;

import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One request in full for a caseworker it reached: its whole history with staff notes and
 * escalations, and the answers: acknowledge, add a note, resolve (a place is needed for a
 * referral), reopen.
 */
public class HelpRequestDialog extends Dialog {

    private final HelpRequestService help;
    private final Caller me;
    private final String requestId;
    private final ZoneId zone;
    private final Runnable onChanged;
    private final VerticalLayout body = new VerticalLayout();

    HelpRequestDialog(HelpRequestService help, Caller me, String requestId, ZoneId zone, Runnable onChanged) {
        this.help = help;
        this.me = me;
        this.requestId = requestId;
        this.zone = zone;
        this.onChanged = onChanged;
        setId("help-request-dialog");
        setWidth("min(40rem, 100vw)");
        body.setPadding(false);
        add(body);
        Button close = new Button(getTranslation("helpDialog.close"), click -> close());
        close.setId("help-dialog-close");
        getFooter().add(close);
        render();
    }

    private void render() {
        body.removeAll();
        HelpRequestView request;
        try {
            request = help.request(me, requestId);
        } catch (DomainException gone) {
            FieldErrors.show(this, Map.of(), gone);
            close();
            return;
        }
        setHeaderTitle(getTranslation("helpDialog.title", "name", request.participantName()));
        Span status = new Span(request.statusText());
        status.setId("help-dialog-status");
        status.getElement().getThemeList().add(request.status() == HelpStatus.OPEN ? "badge error" : "badge");
        Span topic = new Span(getTranslation("helpPanel.topic", "category", request.category() == null
                        ? getTranslation("help.request") : getTranslation("helpCategory." + request.category().name()),
                "urgency", getTranslation("urgency." + request.urgency().name())));
        topic.getStyle().set("font-weight", "600");
        body.add(topic, status);
        if (request.escalationLevel() > 0) {
            Span escalated = new Span(getTranslation("helpPanel.escalated." + Math.min(2, request.escalationLevel())));
            escalated.getElement().getThemeList().add("badge error primary");
            body.add(escalated);
        }
        body.add(new H4(getTranslation("helpDialog.history")), new HelpHistory(request.history(), zone));

        boolean active = request.status() == HelpStatus.OPEN || request.status() == HelpStatus.ACKNOWLEDGED;
        if (request.status() == HelpStatus.OPEN) {
            Button acknowledge = new Button(getTranslation("helpPanel.acknowledge"), VaadinIcon.CHECK.create(),
                    click -> act(() -> help.acknowledge(me, requestId), Map.of()));
            acknowledge.setId("help-dialog-acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            acknowledge.getStyle().set("min-height", "44px");
            body.add(acknowledge);
        }
        if (request.status() != HelpStatus.CANCELLED) {
            body.add(noteForm());
        }
        if (active) {
            body.add(resolveForm());
        }
        if (request.status() == HelpStatus.RESOLVED) {
            Button reopen = new Button(getTranslation("helpPanel.reopen"), VaadinIcon.ROTATE_LEFT.create(),
                    click -> act(() -> help.reopen(me, requestId), Map.of()));
            reopen.setId("help-dialog-reopen");
            reopen.getStyle().set("min-height", "44px");
            body.add(reopen);
        }
    }

    private Div noteForm() {
        TextArea note = new TextArea(getTranslation("helpDialog.note"));
        note.setId("help-note");
        note.setWidthFull();
        note.setMaxLength(1000);
        Button save = new Button(getTranslation("helpDialog.saveNote"), VaadinIcon.NOTEBOOK.create(),
                click -> act(() -> help.note(me, requestId, note.getValue()), Map.of("text", note)));
        save.setId("help-save-note");
        save.getStyle().set("min-height", "44px");
        Div form = new Div(new H4(getTranslation("helpDialog.noteTitle")), note, save);
        form.setWidthFull();
        return form;
    }

    private Div resolveForm() {
        ResolutionDraft draft = new ResolutionDraft();
        Binder<ResolutionDraft> binder = new Binder<>();
        Select<HelpOutcome> outcome = new Select<>();
        outcome.setId("help-outcome");
        outcome.setLabel(getTranslation("helpDialog.outcome"));
        outcome.setItems(HelpOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("helpOutcome." + value.name()));
        outcome.setWidthFull();
        TextField referredTo = new TextField(getTranslation("helpDialog.referredTo"));
        referredTo.setId("help-referred-to");
        referredTo.setHelperText(getTranslation("helpDialog.referredToHelper"));
        referredTo.setMaxLength(200);
        referredTo.setWidthFull();
        referredTo.setVisible(false);
        outcome.addValueChangeListener(changed -> referredTo.setVisible(changed.getValue() == HelpOutcome.REFERRED));
        binder.forField(outcome).bind(ResolutionDraft::getOutcome, ResolutionDraft::setOutcome);
        binder.forField(referredTo).bind(ResolutionDraft::getReferredTo, ResolutionDraft::setReferredTo);
        binder.readBean(draft);
        Button resolve = new Button(getTranslation("helpDialog.resolve"), VaadinIcon.CHECK_CIRCLE_O.create(), click -> {
            binder.writeBeanIfValid(draft);
            act(() -> help.resolve(me, requestId, draft.getOutcome(), draft.getReferredTo()),
                    Map.of("outcome", outcome, "referredTo", referredTo));
        });
        resolve.setId("help-resolve");
        resolve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        resolve.getStyle().set("min-height", "44px");
        Div form = new Div(new H4(getTranslation("helpDialog.resolveTitle")), outcome, referredTo, resolve);
        form.setWidthFull();
        return form;
    }

    /** Runs one answer; a refusal is shown beside its field and nothing else changes. */
    private void act(Supplier<HelpRequestView> action, Map<String, ? extends HasValidation> fields) {
        FieldErrors.clear(fields);
        try {
            action.get();
        } catch (DomainException refused) {
            FieldErrors.show(this, fields, refused);
            if (fields.isEmpty() || refused.fieldProblems().isEmpty()) {
                onChanged.run();
            }
            return;
        }
        onChanged.run();
        render();
    }
}
