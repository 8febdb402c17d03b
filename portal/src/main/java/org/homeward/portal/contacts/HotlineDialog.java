package org.homeward.portal.contacts;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.homeward.common.DomainException;
import org.homeward.contacts.HotlineService;
import org.homeward.contacts.HotlineView;
import org.homeward.i18n.Languages;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;

import java.util.Map;

/**
 * Adds a hotline or changes one. Nothing is stored until the service accepts the whole form; each
 * refusal (a number that cannot be dialled, a name too long) shows beside its field.
 */
public class HotlineDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final TextField textNumber = new TextField();
    private final TextField hours = new TextField();
    private final MultiSelectComboBox<SupportedLanguage> languages = new MultiSelectComboBox<>();
    private final TextField region = new TextField();
    private final IntegerField position = new IntegerField();
    private final Binder<HotlineDraft> binder = new Binder<>();

    /** @param existing the hotline to change, or null to add one */
    HotlineDialog(HotlineService hotlines, Languages known, Caller admin, HotlineView existing, Runnable onSaved) {
        setId("hotline-dialog");
        setMaxWidth("40rem");
        setHeaderTitle(getTranslation(existing == null ? "hotlines.addTitle" : "hotlines.changeTitle"));
        HotlineDraft draft = existing == null ? new HotlineDraft() : HotlineDraft.of(existing, known);

        name.setLabel(getTranslation("contacts.name"));
        name.setHelperText(getTranslation("hotlines.nameHelp"));
        name.setId("hotline-name");
        phone.setLabel(getTranslation("contacts.phone"));
        phone.setHelperText(getTranslation("contacts.phoneHelp"));
        phone.setId("hotline-phone");
        textNumber.setLabel(getTranslation("hotlines.textNumber"));
        textNumber.setId("hotline-text-number");
        for (TextField number : new TextField[] {phone, textNumber}) {
            number.getElement().setAttribute("dir", "ltr");
            number.getElement().setAttribute("inputmode", "tel");
        }
        hours.setLabel(getTranslation("hotlines.hours"));
        hours.setHelperText(getTranslation("hotlines.hoursHelp"));
        hours.setId("hotline-hours");
        languages.setLabel(getTranslation("hotlines.languages"));
        languages.setId("hotline-languages");
        languages.setItems(known.supported());
        languages.setItemLabelGenerator(SupportedLanguage::nativeName);
        region.setLabel(getTranslation("hotlines.region"));
        region.setId("hotline-region");
        position.setLabel(getTranslation("hotlines.position"));
        position.setId("hotline-position");
        position.setMin(1);
        position.setMax(999);
        position.setStepButtonsVisible(true);

        binder.forField(name).bind(HotlineDraft::getName, HotlineDraft::setName);
        binder.forField(phone).bind(HotlineDraft::getPhone, HotlineDraft::setPhone);
        binder.forField(textNumber).bind(HotlineDraft::getTextNumber, HotlineDraft::setTextNumber);
        binder.forField(hours).bind(HotlineDraft::getHours, HotlineDraft::setHours);
        binder.forField(languages).bind(HotlineDraft::getLanguages, HotlineDraft::setLanguages);
        binder.forField(region).bind(HotlineDraft::getRegion, HotlineDraft::setRegion);
        binder.forField(position).bind(HotlineDraft::getPosition, HotlineDraft::setPosition);
        binder.readBean(draft);
        FormLayout form = new FormLayout(name, phone, textNumber, hours, languages, region, position);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(name, 2);
        form.setColspan(languages, 2);
        add(form);

        Map<String, HasValidation> fields = Map.of("name", name, "phone", phone, "textNumber", textNumber,
                "hours", hours, "languages", languages, "region", region, "position", position);
        Button save = new Button(getTranslation("contacts.save"), click -> {
            FieldErrors.clear(fields);
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                if (existing == null) {
                    hotlines.add(admin, draft.toCommand());
                } else {
                    hotlines.change(admin, existing.id(), draft.toCommand());
                }
                close();
                onSaved.run();
            } catch (DomainException refused) {
                FieldErrors.show(this, fields, refused);
            }
        });
        save.setId("hotline-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("contacts.cancel"), click -> close());
        cancel.setId("hotline-cancel");
        getFooter().add(cancel, save);
    }
}
