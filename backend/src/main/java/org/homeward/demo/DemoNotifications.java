package org.homeward.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.notifications.ReminderWriter;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.push.devices.Devices;
import org.homeward.push.devices.NewDevice;
import org.homeward.push.devices.Platform;

import java.util.List;

/**
 * Gives the demo people a pretend phone each and plans the reminders of the demo plans, so that
 * someone trying Homeward sees on the "Sent notifications" page what would reach phones.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
public class DemoNotifications {

    private final Devices devices;
    private final List<ReminderWriter> reminders;

    public DemoNotifications(Devices devices, List<ReminderWriter> reminders) {
        this.devices = devices;
        this.reminders = reminders;
    }

    @Transactional
    public void prepare(List<UserAccount> people) {
        for (UserAccount person : people) {
            devices.register(person.id(), null, new NewDevice("demo-phone-" + person.username(), Platform.ANDROID,
                    "demo", person.language()));
            if (person.role() == Role.PARTICIPANT) {
                reminders.forEach(writer -> writer.replanFor(person.id()));
            }
        }
    }
}
