package org.homeward.portal.help;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import org.homeward.caseload.PersonSummary;
import org.homeward.common.DomainException;
import org.homeward.help.HelpSettingsService;
import org.homeward.help.Urgency;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;

import java.util.List;
import java.util.Map;

/**
 * How soon each urgency must be acknowledged, and who stands behind the caseworkers: a backup
 * caseworker, then the on-call staff. On-call staff are chosen among caseworkers, since only they
 * can open and answer a request in the portal.
 */
public class HelpSettingsForm extends VerticalLayout {

    private final HelpSettingsService settings;
    private final Caller me;
    private final List<PersonSummary> caseworkers;
    private final Binder<HelpSettingsDraft> binder = new Binder<>();
    private final IntegerField nowMinutes = minutesField(Urgency.NOW, "help-now-minutes");
    private final IntegerField todayMinutes = minutesField(Urgency.TODAY, "help-today-minutes");
    private final IntegerField thisWeekMinutes = minutesField(Urgency.THIS_WEEK, "help-week-minutes");
    private final Select<PersonSummary> backup = new Select<>();
    private final MultiSelectComboBox<PersonSummary> onCall = new MultiSelectComboBox<>();
    private final Span saved = new Span();
    private HelpSettingsDraft draft;

    HelpSettingsForm(HelpSettingsService settings, Caller me, List<PersonSummary> caseworkers) {
        this.settings = settings;
        this.me = me;
        this.caseworkers = caseworkers;
        setId("help-settings-form");
        setPadding(false);

        backup.setId("help-backup");
        backup.setLabel(getTranslation("helpSettings.backup"));
        backup.setItems(caseworkers);
        backup.setItemLabelGenerator(person -> person == null ? getTranslation("helpSettings.noBackup")
                : person.displayName());
        backup.setEmptySelectionAllowed(true);
        backup.setEmptySelectionCaption(getTranslation("helpSettings.noBackup"));
        backup.setMinWidth("16rem");
        onCall.setId("help-on-call");
        onCall.setLabel(getTranslation("helpSettings.onCall"));
        onCall.setItems(caseworkers);
        onCall.setItemLabelGenerator(PersonSummary::displayName);
        onCall.setMinWidth("16rem");
        onCall.setWidthFull();

        binder.forField(nowMinutes).bind(HelpSettingsDraft::getNowMinutes, HelpSettingsDraft::setNowMinutes);
        binder.forField(todayMinutes).bind(HelpSettingsDraft::getTodayMinutes, HelpSettingsDraft::setTodayMinutes);
        binder.forField(thisWeekMinutes).bind(HelpSettingsDraft::getThisWeekMinutes,
                HelpSettingsDraft::setThisWeekMinutes);
        binder.forField(backup).bind(HelpSettingsDraft::getBackup, HelpSettingsDraft::setBackup);
        binder.forField(onCall).bind(HelpSettingsDraft::getOnCall, HelpSettingsDraft::setOnCall);

        Div minutes = new Div(nowMinutes, todayMinutes, thisWeekMinutes);
        minutes.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        Button save = new Button(getTranslation("helpSettings.save"), click -> save());
        save.setId("help-save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getStyle().set("min-height", "44px");
        saved.setId("help-settings-saved");
        saved.setText(getTranslation("helpSettings.saved"));
        saved.getElement().getThemeList().add("badge success");
        saved.setVisible(false);
        binder.addValueChangeListener(changed -> saved.setVisible(false));

        add(new H3(getTranslation("helpSettings.responseTimes")), new Paragraph(getTranslation("helpSettings.intro")),
                minutes, new H3(getTranslation("helpSettings.chain")),
                new Paragraph(getTranslation("helpSettings.chainIntro")), backup, onCall, save, saved);
        show(settings.setup(me));
    }

    /** Stores the form; a refusal is shown beside its field and nothing is saved. */
    void save() {
        Map<String, HasValidation> fields = Map.of("nowMinutes", nowMinutes, "todayMinutes", todayMinutes,
                "thisWeekMinutes", thisWeekMinutes, "backupCaseworkerId", backup, "onCall", onCall);
        FieldErrors.clear(fields);
        saved.setVisible(false);
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            show(settings.change(me, draft.getNowMinutes(), draft.getTodayMinutes(), draft.getThisWeekMinutes(),
                    draft.backupId(), draft.onCallIds()));
            saved.setVisible(true);
        } catch (DomainException refused) {
            FieldErrors.show(this, fields, refused);
        }
    }

    private void show(HelpSettingsService.HelpSetup setup) {
        draft = HelpSettingsDraft.of(setup, caseworkers);
        binder.readBean(draft);
    }

    private IntegerField minutesField(Urgency urgency, String id) {
        IntegerField field = new IntegerField(getTranslation("helpSettings.minutes", "urgency",
                getTranslation("urgency." + urgency.name())));
        field.setId(id);
        field.setStepButtonsVisible(true);
        field.setWidth("12rem");
        return field;
    }
}
