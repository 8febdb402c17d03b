package org.homeward.portal.contacts;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.homeward.common.DomainException;
import org.homeward.contacts.ContactRelation;
import org.homeward.contacts.TrustedContactService;
import org.homeward.contacts.TrustedContactView;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;

import java.util.Map;

/**
 * Adds a person the participant trusts, or changes one. Nothing is stored until the service accepts
 * the whole form; a refusal (a number that cannot be dialled) shows beside its field.
 */
public class TrustedContactDialog extends Dialog {

    private final TextField name = new TextField();
    private final Select<ContactRelation> relation = new Select<>();
    private final TextField phone = new TextField();
    private final Binder<TrustedContactDraft> binder = new Binder<>();
    private final TrustedContactDraft draft;

    /** @param existing the contact to change, or null to add one */
    TrustedContactDialog(TrustedContactService contacts, Caller me, TrustedContactView existing, Runnable onSaved) {
        setId("trusted-contact-dialog");
        setMaxWidth("32rem");
        setHeaderTitle(getTranslation(existing == null ? "myContacts.addTitle" : "myContacts.changeTitle"));
        draft = existing == null ? new TrustedContactDraft() : TrustedContactDraft.of(existing);

        name.setLabel(getTranslation("contacts.name"));
        name.setId("trusted-name");
        name.setMaxLength(100);
        relation.setLabel(getTranslation("myContacts.relation"));
        relation.setId("trusted-relation");
        relation.setItems(ContactRelation.values());
        relation.setEmptySelectionAllowed(true);
        relation.setItemLabelGenerator(value -> value == null ? "" : getTranslation("contactRelation." + value.name()));
        phone.setLabel(getTranslation("contacts.phone"));
        phone.setHelperText(getTranslation("contacts.phoneHelp"));
        phone.setId("trusted-phone");
        phone.getElement().setAttribute("dir", "ltr");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("autocomplete", "tel");
        for (HasSize field : new HasSize[] {name, relation, phone}) {
            field.setWidthFull();
        }
        binder.forField(name).bind(TrustedContactDraft::getName, TrustedContactDraft::setName);
        binder.forField(relation).bind(TrustedContactDraft::getRelation, TrustedContactDraft::setRelation);
        binder.forField(phone).bind(TrustedContactDraft::getPhone, TrustedContactDraft::setPhone);
        binder.readBean(draft);
        FormLayout form = new FormLayout(name, relation, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Map<String, HasValidation> fields = Map.of("name", name, "relation", relation, "phone", phone);
        Button save = new Button(getTranslation("contacts.save"), click -> {
            FieldErrors.clear(fields);
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                if (existing == null) {
                    contacts.add(me, draft.toCommand());
                } else {
                    contacts.change(me, existing.id(), draft.toCommand());
                }
                close();
                onSaved.run();
            } catch (DomainException refused) {
                FieldErrors.show(this, fields, refused);
            }
        });
        save.setId("trusted-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getStyle().set("min-height", "44px");
        Button cancel = new Button(getTranslation("contacts.cancel"), click -> close());
        cancel.setId("trusted-cancel");
        cancel.getStyle().set("min-height", "44px");
        getFooter().add(cancel, save);
    }
}
