package org.homeward.portal.contacts;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.homeward.contacts.TrustedContactView;

/**
 * One of the participant's trusted people in their own list: name, relation, number, and what they
 * can do. A person marked not safe is shown with a calm badge, and can be marked safe again.
 */
class TrustedContactCard extends ContactCard {

    /** What the buttons do; the list is shown again afterwards. */
    interface Actions {
        void change();

        void markUnsafe(boolean unsafe);

        void delete();
    }

    TrustedContactCard(TrustedContactView contact, Actions actions) {
        super(contact.name());
        addClassName("my-contact");
        relation(contact.relation());
        lineOf(CallLink.number(contact.phone()));
        if (contact.unsafe()) {
            addClassName("unsafe");
            Span badge = new Span(VaadinIcon.EYE_SLASH.create(), new Span(getTranslation("myContacts.unsafeBadge")));
            badge.addClassName("unsafe-badge");
            badge.getElement().getThemeList().add("badge contrast");
            badge.getStyle().set("margin-top", "var(--lumo-space-xs)").set("white-space", "normal");
            add(badge);
        }
        Button change = button("contacts.change", VaadinIcon.EDIT, "contact-change", click -> actions.change());
        action(change);
        if (contact.unsafe()) {
            action(button("myContacts.markSafe", VaadinIcon.EYE, "contact-mark-safe",
                    click -> confirmSafeAgain(contact, actions)));
        } else {
            action(button("myContacts.markUnsafe", VaadinIcon.EYE_SLASH, "contact-mark-unsafe",
                    click -> actions.markUnsafe(true)));
        }
        Button delete = button("myContacts.delete", VaadinIcon.TRASH, "contact-delete",
                click -> confirmDelete(contact, actions));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        action(delete);
    }

    private Button button(String key, VaadinIcon icon, String className,
                          ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(getTranslation(key), icon.create(), click);
        button.addClassName(className);
        button.getStyle().set("min-height", "44px");
        return button;
    }

    /** Being seen and suggested again is the participant's choice: ask once. */
    private void confirmSafeAgain(TrustedContactView contact, Actions actions) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-safe-again");
        confirm.setHeader(getTranslation("myContacts.safeAgainTitle", "name", contact.name()));
        confirm.setText(getTranslation("myContacts.safeAgainText", "name", contact.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("contacts.keep"));
        confirm.setConfirmText(getTranslation("myContacts.safeAgainConfirm"));
        confirm.addConfirmListener(confirmed -> actions.markUnsafe(false));
        confirm.open();
    }

    private void confirmDelete(TrustedContactView contact, Actions actions) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-contact");
        confirm.setHeader(getTranslation("myContacts.deleteTitle", "name", contact.name()));
        confirm.setText(getTranslation("myContacts.deleteText", "name", contact.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("contacts.keep"));
        confirm.setConfirmText(getTranslation("myContacts.deleteConfirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> actions.delete());
        confirm.open();
    }
}
