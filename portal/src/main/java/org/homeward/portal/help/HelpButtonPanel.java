package org.homeward.portal.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.homeward.common.DomainException;
import org.homeward.help.HelpCategory;
import org.homeward.help.HelpRequestService;
import org.homeward.help.HelpRequestView;
import org.homeward.help.Urgency;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The help button. One tap raises a request at once (urgency now); before it, the person may pick
 * what it is about, how soon, and write a few words, and after it they may add a message. The
 * confirmation shows only once the service has stored the request; if it could not, the person is
 * told plainly and may press again.
 */
public class HelpButtonPanel extends VerticalLayout {

    static final int MESSAGE_MAX = 500;
    private static final Logger LOG = LoggerFactory.getLogger(HelpButtonPanel.class);

    private final HelpRequestService help;
    private final Caller me;
    private final Consumer<HelpRequestView> onSent;
    private final Binder<HelpRequestDraft> binder = new Binder<>();
    private final Map<HelpCategory, Button> categories = new EnumMap<>(HelpCategory.class);
    private final Map<Urgency, Button> urgencies = new EnumMap<>(Urgency.class);
    private final Button helpNow = new Button();
    private final TextArea message = new TextArea();
    private final Div notSent = new Div();
    private final VerticalLayout asking = new VerticalLayout();
    private final VerticalLayout sent = new VerticalLayout();
    private final TextArea addition = new TextArea();
    private HelpRequestDraft draft = new HelpRequestDraft();
    private HelpRequestView lastSent;

    HelpButtonPanel(HelpRequestService help, Caller me, Consumer<HelpRequestView> onSent) {
        this.help = help;
        this.me = me;
        this.onSent = onSent;
        setId("help-button-panel");
        setPadding(false);
        asking.setPadding(false);
        sent.setPadding(false);

        helpNow.setText(getTranslation("help.button"));
        helpNow.setIcon(VaadinIcon.LIFEBUOY.create());
        helpNow.setId("help-now");
        helpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        helpNow.setWidthFull();
        helpNow.getStyle().set("min-height", "5rem").set("font-size", "var(--lumo-font-size-xxl)")
                .set("font-weight", "700").set("border-radius", "var(--lumo-border-radius-l)");
        helpNow.setDisableOnClick(true);
        helpNow.addClickListener(click -> press());

        notSent.setId("help-not-sent");
        notSent.setText(getTranslation("help.notSent"));
        notSent.getElement().setAttribute("role", "alert");
        notSent.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)")
                .set("box-sizing", "border-box").set("width", "100%");
        notSent.setVisible(false);

        Paragraph intro = new Paragraph(getTranslation("help.intro"));
        intro.getStyle().set("margin", "0");
        asking.add(intro, helpNow, notSent, details());
        asking.setVisible(true);
        buildSent();
        sent.setVisible(false);
        add(asking, sent);
        binder.forField(message).bind(HelpRequestDraft::getMessage, HelpRequestDraft::setMessage);
        reset();
    }

    /** Raises the request with whatever was chosen; the confirmation follows only what was stored. */
    void press() {
        Map<String, TextArea> fields = Map.of("message", message);
        FieldErrors.clear(fields);
        notSent.setVisible(false);
        try {
            binder.writeBean(draft);
            lastSent = help.raise(me, draft.toRequest());
        } catch (DomainException refused) {
            FieldErrors.show(this, fields, refused);
            return;
        } catch (RuntimeException | com.vaadin.flow.data.binder.ValidationException failed) {
            LOG.warn("A help request could not be stored", failed);
            notSent.setVisible(true);
            return;
        } finally {
            helpNow.setEnabled(true);
        }
        asking.setVisible(false);
        addition.clear();
        addition.setInvalid(false);
        sent.setVisible(true);
        onSent.accept(lastSent);
    }

    private VerticalLayout details() {
        H3 more = new H3(getTranslation("help.more"));
        more.getStyle().set("margin-block-end", "0");
        Paragraph hint = new Paragraph(getTranslation("help.moreHint"));
        hint.getStyle().set("margin", "0");

        Span categoryLabel = label(getTranslation("help.category"));
        Div categoryChips = chips();
        for (HelpCategory category : HelpCategory.values()) {
            Button chip = chip(getTranslation("helpCategory." + category.name()), HelpFormats.icon(category).create());
            chip.addClassName("help-category");
            chip.getElement().setAttribute("data-category", category.name());
            chip.addClickListener(click -> {
                draft.setCategory(draft.getCategory() == category ? null : category);
                showChoices();
            });
            categories.put(category, chip);
            categoryChips.add(chip);
        }

        Span urgencyLabel = label(getTranslation("help.urgency"));
        Div urgencyChips = chips();
        for (Urgency urgency : Urgency.values()) {
            Button chip = chip(getTranslation("urgency." + urgency.name()), null);
            chip.addClassName("help-urgency");
            chip.getElement().setAttribute("data-urgency", urgency.name());
            chip.addClickListener(click -> {
                draft.setUrgency(urgency);
                showChoices();
            });
            urgencies.put(urgency, chip);
            urgencyChips.add(chip);
        }

        message.setLabel(getTranslation("help.message"));
        message.setId("help-message");
        message.setMaxLength(MESSAGE_MAX);
        message.setHelperText(getTranslation("help.messageHelper", "count", MESSAGE_MAX));
        message.setWidthFull();
        message.setMinHeight("6rem");

        VerticalLayout details = new VerticalLayout(more, hint, categoryLabel, categoryChips, urgencyLabel,
                urgencyChips, message);
        details.setId("help-details");
        details.setPadding(false);
        return details;
    }

    private void buildSent() {
        Icon check = VaadinIcon.CHECK_CIRCLE.create();
        check.setColor("var(--lumo-success-color)");
        check.setSize("2.5rem");
        check.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(getTranslation("help.sent"));
        text.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "700");
        Div confirmation = new Div(check, text);
        confirmation.setId("help-sent");
        confirmation.getElement().setAttribute("role", "status");
        confirmation.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-m)")
                .set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-success-color-10pct)").set("box-sizing", "border-box")
                .set("width", "100%");
        Paragraph next = new Paragraph(getTranslation("help.sentNext"));
        next.getStyle().set("margin", "0");

        addition.setLabel(getTranslation("help.addMessage"));
        addition.setId("help-addition");
        addition.setMaxLength(MESSAGE_MAX);
        addition.setWidthFull();
        Button send = new Button(getTranslation("help.sendMessage"), VaadinIcon.PAPERPLANE_O.create());
        send.setId("help-send-addition");
        send.getStyle().set("min-height", "44px");
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            Map<String, TextArea> fields = Map.of("message", addition);
            FieldErrors.clear(fields);
            try {
                onSent.accept(help.addMessage(me, lastSent.id(), addition.getValue()));
                addition.clear();
            } catch (DomainException refused) {
                FieldErrors.show(this, fields, refused);
            } finally {
                send.setEnabled(true);
            }
        });
        Button again = new Button(getTranslation("help.again"), click -> {
            reset();
            sent.setVisible(false);
            asking.setVisible(true);
        });
        again.setId("help-again");
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        again.getStyle().set("min-height", "44px");
        sent.add(confirmation, next, addition, send, again);
    }

    private void reset() {
        draft = new HelpRequestDraft();
        binder.readBean(draft);
        message.setInvalid(false);
        showChoices();
    }

    private void showChoices() {
        categories.forEach((category, chip) -> pressed(chip, draft.getCategory() == category));
        urgencies.forEach((urgency, chip) -> pressed(chip, draft.getUrgency() == urgency));
    }

    private static void pressed(Button chip, boolean on) {
        chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    private static Button chip(String text, Icon icon) {
        Button chip = icon == null ? new Button(text) : new Button(text, icon);
        chip.getStyle().set("min-height", "48px").set("white-space", "normal").set("height", "auto")
                .set("padding-block", "var(--lumo-space-xs)");
        return chip;
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.getStyle().set("font-weight", "600").set("margin-block-start", "var(--lumo-space-s)");
        return label;
    }

    private static Div chips() {
        Div chips = new Div();
        chips.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        return chips;
    }
}
