package org.homeward.portal.notifications;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import io.micronaut.core.annotation.Nullable;
import org.homeward.common.DomainException;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.homeward.notifications.MyNotifications;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;
import org.homeward.push.preferences.NotificationPreferences;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How the person is notified: the lock screen stays neutral unless they ask for detail, and quiet
 * hours hold reminders until the morning.
 */
public class PreferencesForm extends VerticalLayout {

    private final MyNotifications notifications;
    private final Caller me;
    private final Binder<PreferencesDraft> binder = new Binder<>();
    private final Checkbox detailed = new Checkbox();
    private final TimePicker quietFrom = new TimePicker();
    private final TimePicker quietUntil = new TimePicker();
    private final Span saved = new Span();
    private PreferencesDraft draft;

    PreferencesForm(MyNotifications notifications, Caller me, Messages messages) {
        this.notifications = notifications;
        this.me = me;
        setId("notification-preferences");
        setPadding(false);

        detailed.setLabel(getTranslation("notifications.detailed"));
        detailed.setId("notifications-detailed");
        detailed.getStyle().set("min-height", "44px");
        Paragraph detailedHelp = new Paragraph(getTranslation("notifications.detailedHelp",
                "lockTitle", messages.get(Bundle.NOTIFICATIONS, getLocale(), "discreet.title"),
                "lockBody", messages.get(Bundle.NOTIFICATIONS, getLocale(), "discreet.body")));
        detailedHelp.getStyle().set("margin-top", "0");

        quietFrom.setLabel(getTranslation("notifications.quietFrom"));
        quietFrom.setId("quiet-from");
        quietUntil.setLabel(getTranslation("notifications.quietUntil"));
        quietUntil.setId("quiet-until");
        for (TimePicker picker : new TimePicker[] {quietFrom, quietUntil}) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setLocale(twentyFourHours(getLocale()));
            picker.setMinWidth("10rem");
        }
        FlexLayout quietHours = new FlexLayout(quietFrom, quietUntil);
        quietHours.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        quietHours.getStyle().set("gap", "var(--lumo-space-m)");
        Paragraph quietHelp = new Paragraph(getTranslation("notifications.quietHelp"));

        binder.forField(detailed).bind(PreferencesDraft::isDetailed, PreferencesDraft::setDetailed);
        binder.forField(quietFrom).bind(PreferencesDraft::getQuietFrom, PreferencesDraft::setQuietFrom);
        binder.forField(quietUntil).bind(PreferencesDraft::getQuietUntil, PreferencesDraft::setQuietUntil);

        Button save = new Button(getTranslation("notifications.save"), click -> {
            if (binder.writeBeanIfValid(draft)) {
                save(draft.isDetailed(), PreferencesDraft.text(draft.getQuietFrom()),
                        PreferencesDraft.text(draft.getQuietUntil()));
            }
        });
        save.setId("save-preferences");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getStyle().set("min-height", "44px");
        saved.setId("preferences-saved");
        saved.setText(getTranslation("notifications.saved"));
        saved.getElement().getThemeList().add("badge success");
        saved.setVisible(false);
        binder.addValueChangeListener(changed -> saved.setVisible(false));

        add(new H3(getTranslation("notifications.settings")), detailed, detailedHelp, quietHours, quietHelp, save,
                saved);
        show(notifications.preferences(me));
    }

    /**
     * Stores the choice; the service checks the times ("HH:mm") and any refusal is shown beside its
     * field. A field left null keeps its saved value.
     */
    public void save(@Nullable Boolean detail, @Nullable String from, @Nullable String until) {
        Map<String, HasValidation> fields = Map.of("quietFrom", quietFrom, "quietUntil", quietUntil);
        FieldErrors.clear(fields);
        saved.setVisible(false);
        try {
            show(notifications.changePreferences(me, detail, from, until));
            saved.setVisible(true);
        } catch (DomainException refused) {
            FieldErrors.show(this, fields, refused);
        }
    }

    /** Plain English would show "9:00 PM"; quiet hours read more simply on a 24-hour clock ("21:00"). */
    private static Locale twentyFourHours(Locale locale) {
        return locale.getLanguage().equals("en") ? Locale.UK : locale;
    }

    private void show(NotificationPreferences preferences) {
        draft = PreferencesDraft.of(preferences);
        binder.readBean(draft);
    }
}
