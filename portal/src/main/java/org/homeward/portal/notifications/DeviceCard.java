package org.homeward.portal.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.common.DomainException;
import org.homeward.portal.i18n.ProblemText;
import org.homeward.push.devices.Device;
import org.homeward.push.devices.Platform;

import java.time.ZoneId;

/** One registered device: what it is, when it was added, a test notification, and removing it. */
public class DeviceCard extends VerticalLayout {

    /** What the buttons do; a refusal (the device was removed elsewhere) is shown here. */
    interface Actions {
        void test();

        void remove();

        /** The device no longer exists: show the list as it is now. */
        void gone();
    }

    private final Actions actions;
    private final Span testSent = new Span();

    DeviceCard(Device device, ZoneId zone, Actions actions) {
        this.actions = actions;
        addClassName("device-card");
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-sizing", "border-box");
        String platform = getTranslation("platform." + device.platform().name());
        Span name = new Span(platform);
        name.getStyle().set("font-weight", "600");
        HorizontalLayout header = new HorizontalLayout(icon(device.platform()).create(), name);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(header);
        if (device.appVersion() != null) {
            add(new Span(getTranslation("device.appVersion", "value", device.appVersion())));
        }
        add(new Span(getTranslation("device.tokenEnding", "value", device.tokenEnding())));
        add(new Span(getTranslation("device.registered", "when", NotificationFormats.date(device.createdAt(), zone))));

        Button test = new Button(getTranslation("device.test"), VaadinIcon.BELL_O.create(), click -> test());
        test.addClassName("device-test");
        test.getStyle().set("min-height", "44px");
        Button remove = new Button(getTranslation("device.remove"), VaadinIcon.TRASH.create(),
                click -> confirmRemove(platform));
        remove.addClassName("device-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.getStyle().set("min-height", "44px");
        FlexLayout buttons = new FlexLayout(test, remove);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)").set("margin-top", "var(--lumo-space-s)");
        testSent.addClassName("device-test-sent");
        testSent.setText(getTranslation("device.testSent"));
        testSent.getElement().getThemeList().add("badge success");
        testSent.setVisible(false);
        add(buttons, testSent);
    }

    private void test() {
        try {
            actions.test();
            testSent.setVisible(true);
        } catch (DomainException refused) {
            Notification.show(ProblemText.of(this, refused));
            actions.gone();
        }
    }

    /** The phone stops getting notifications until its app signs in again: ask first. */
    private void confirmRemove(String platform) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-remove-device");
        confirm.setHeader(getTranslation("deviceRemove.title"));
        confirm.setText(getTranslation("deviceRemove.text", "name", platform));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("deviceRemove.keep"));
        confirm.setConfirmText(getTranslation("deviceRemove.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            try {
                actions.remove();
            } catch (DomainException refused) {
                Notification.show(ProblemText.of(this, refused));
                actions.gone();
            }
        });
        confirm.open();
    }

    private static VaadinIcon icon(Platform platform) {
        return switch (platform) {
            case ANDROID, IOS -> VaadinIcon.MOBILE;
            case WEB -> VaadinIcon.DESKTOP;
        };
    }
}
