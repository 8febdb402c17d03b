package org.homeward.push.devices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.push.outbox.OutboxEntryRepository;
import org.homeward.push.outbox.OutboxStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The devices each person receives notifications on. A token is unique: registered again it is
 * updated, and registered by another person (a phone handed on) it moves to them, and whatever was
 * still waiting for the previous owner is not sent to it.
 */
@Singleton
public class Devices {

    private final DeviceRepository devices;
    private final OutboxEntryRepository outbox;
    private final Clock clock;

    public Devices(DeviceRepository devices, OutboxEntryRepository outbox, Clock clock) {
        this.devices = devices;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Device register(String userId, @Nullable String sessionId, NewDevice device) {
        Instant now = clock.instant();
        String hash = hash(device.token());
        Optional<Device> known = devices.findByTokenHash(hash);
        if (known.isPresent()) {
            Device found = known.get();
            if (!found.userId().equals(userId)) {
                outbox.endQueuedForDevice(found.id(), OutboxStatus.UNDELIVERABLE.name(), "DEVICE_CHANGED_HANDS");
            }
            return devices.update(new Device(found.id(), userId, device.token(), hash, device.platform(),
                    device.appVersion(), device.language(), sessionId, found.createdAt(), now));
        }
        return devices.save(new Device(UUID.randomUUID().toString(), userId, device.token(), hash, device.platform(),
                device.appVersion(), device.language(), sessionId, now, now));
    }

    @Transactional(readOnly = true)
    public List<Device> of(String userId) {
        return devices.findByUserIdOrderByCreatedAt(userId);
    }

    @Transactional(readOnly = true)
    public Optional<Device> find(String userId, String deviceId) {
        return devices.findByIdAndUserId(deviceId, userId);
    }

    /** @return whether the person had that device */
    @Transactional
    public boolean remove(String userId, String deviceId) {
        return devices.findByIdAndUserId(deviceId, userId).map(device -> {
            forget(device.id(), "DEVICE_REMOVED");
            return true;
        }).orElse(false);
    }

    /** Signing out of a phone stops its notifications. */
    @Transactional
    public void removeSession(String sessionId) {
        devices.findBySessionId(sessionId).forEach(device -> forget(device.id(), "SIGNED_OUT"));
    }

    /** FCM said the token is gone: nothing more is sent to it. */
    @Transactional
    public void unregistered(String deviceId) {
        forget(deviceId, "UNREGISTERED");
    }

    private void forget(String deviceId, String reason) {
        outbox.endQueuedForDevice(deviceId, OutboxStatus.UNDELIVERABLE.name(), reason);
        devices.remove(deviceId);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
