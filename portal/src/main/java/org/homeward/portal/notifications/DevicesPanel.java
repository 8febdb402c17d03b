package org.homeward.portal.notifications;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.notifications.MyNotifications;
import org.homeward.people.Caller;
import org.homeward.portal.layout.EmptyState;
import org.homeward.push.devices.Device;

import java.time.ZoneId;
import java.util.List;

/** The phones that receive the person's notifications, each with a test and a way to remove it. */
public class DevicesPanel extends VerticalLayout {

    private final MyNotifications notifications;
    private final Caller me;
    private final ZoneId zone;
    private final Runnable onTestSent;
    private final VerticalLayout list = new VerticalLayout();

    DevicesPanel(MyNotifications notifications, Caller me, ZoneId zone, Runnable onTestSent) {
        this.notifications = notifications;
        this.me = me;
        this.zone = zone;
        this.onTestSent = onTestSent;
        setId("devices");
        setPadding(false);
        list.setPadding(false);
        add(new H3(getTranslation("notifications.devices")), list);
        render();
    }

    private void render() {
        list.removeAll();
        List<Device> devices = notifications.devices(me);
        if (devices.isEmpty()) {
            list.add(EmptyState.of(getTranslation("notifications.devicesNone")));
        }
        for (Device device : devices) {
            list.add(new DeviceCard(device, zone, new DeviceCard.Actions() {
                @Override
                public void test() {
                    notifications.test(me, device.id());
                    onTestSent.run();
                }

                @Override
                public void remove() {
                    notifications.removeDevice(me, device.id());
                    render();
                }

                @Override
                public void gone() {
                    render();
                }
            }));
        }
    }
}
