package org.homeward.push.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.homeward.push.NotificationDraft;
import org.homeward.push.devices.Device;
import org.homeward.push.devices.DeviceRepository;
import org.homeward.push.preferences.NotificationPreferences;
import org.homeward.push.preferences.Preferences;

import java.io.IOException;
import java.sql.Connection;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where every notification starts. It is written in the transaction of the change that caused it
 * (hence MANDATORY): if the change is rolled back, nobody is told; if it commits, the message is
 * stored and a dispatcher will send it, to every device the person has.
 */
@Singleton
public class Outbox {

    private final NotificationRepository notifications;
    private final OutboxEntryRepository entries;
    private final DeviceRepository devices;
    private final Preferences preferences;
    private final LockScreenText lockScreen;
    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;
    private final DispatchSignal signal;
    private final Clock clock;

    public Outbox(NotificationRepository notifications, OutboxEntryRepository entries, DeviceRepository devices,
                  Preferences preferences, LockScreenText lockScreen, JsonMapper json,
                  TransactionOperations<Connection> transactions, DispatchSignal signal, Clock clock) {
        this.notifications = notifications;
        this.entries = entries;
        this.devices = devices;
        this.preferences = preferences;
        this.lockScreen = lockScreen;
        this.json = json;
        this.transactions = transactions;
        this.signal = signal;
        this.clock = clock;
    }

    /** Tells a person now: the dispatchers of this process are woken once the transaction commits. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Notification send(NotificationDraft draft) {
        Notification told = enqueue(List.of(new Queued(draft, clock.instant(), null))).get(0);
        wakeDispatchersAfterCommit();
        return told;
    }

    /** Tells a person now, on one of their devices only (a test of that device). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Notification sendTo(NotificationDraft draft, Device device) {
        Notification notification = notificationOf(new Queued(draft, clock.instant(), null), clock.instant());
        notifications.save(notification);
        LockScreenText.Text text = lockScreen.of(draft, preferences.of(draft.userId()).detailed());
        entries.save(entryOf(notification, device, text));
        wakeDispatchersAfterCommit();
        return notification;
    }

    private void wakeDispatchersAfterCommit() {
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        signal.wake();
                    }
                }));
    }

    /** Several notifications at once, each due at its own time; one query per kind of row. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Notification> enqueue(List<Queued> queued) {
        if (queued.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<String> userIds = queued.stream().map(q -> q.draft().userId()).distinct().toList();
        Map<String, List<Device>> devicesByUser = devices.findByUserIdInList(userIds).stream()
                .collect(Collectors.groupingBy(Device::userId));
        Map<String, NotificationPreferences> chosen = preferences.of(userIds);
        List<Notification> told = new ArrayList<>(queued.size());
        List<OutboxEntry> toSend = new ArrayList<>();
        for (Queued item : queued) {
            NotificationDraft draft = item.draft();
            Notification notification = notificationOf(item, now);
            told.add(notification);
            LockScreenText.Text text = lockScreen.of(draft, chosen.get(draft.userId()).detailed());
            for (Device device : devicesByUser.getOrDefault(draft.userId(), List.of())) {
                toSend.add(entryOf(notification, device, text));
            }
        }
        notifications.saveAll(told);
        if (!toSend.isEmpty()) {
            entries.saveAll(toSend);
        }
        return told;
    }

    private static Notification notificationOf(Queued item, Instant now) {
        NotificationDraft draft = item.draft();
        return new Notification(UUID.randomUUID().toString(), draft.userId(), draft.kind(),
                draft.subject() == null ? null : draft.subject().type(),
                draft.subject() == null ? null : draft.subject().id(),
                clip(draft.title(), 200), clip(draft.body(), 1000), draft.urgent(), item.reminderId(),
                item.dueAt().toEpochMilli(), now, null, null);
    }

    private OutboxEntry entryOf(Notification notification, Device device, LockScreenText.Text text) {
        return new OutboxEntry(null, notification.id(), notification.userId(), device.id(), device.token(),
                clip(text.title(), 200), clip(text.body(), 1000), dataOf(notification), notification.urgent(),
                OutboxStatus.QUEUED, 0, notification.dueAt(), notification.dueAt(), null, null);
    }

    /** Only ids: the app fetches the rest once the phone is unlocked. */
    private String dataOf(Notification notification) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("messageId", notification.id());
        if (notification.subjectType() != null) {
            data.put("subjectType", notification.subjectType());
            data.put("subjectId", notification.subjectId());
        }
        try {
            return json.writeValueAsString(data);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A notification to queue, due at a time, perhaps from a reminder. */
    public record Queued(NotificationDraft draft, Instant dueAt, @Nullable String reminderId) {
    }
}
