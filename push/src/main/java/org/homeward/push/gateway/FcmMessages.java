package org.homeward.push.gateway;

import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.AndroidNotification;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;

import java.nio.charset.StandardCharsets;

/** Turns a {@link PushMessage} into the SDK's {@link Message}: a visible notification plus data. */
final class FcmMessages {

    /** The data key under which the app finds the message id, to drop duplicates. */
    static final String MESSAGE_ID_KEY = "messageId";

    /** APNs refuses collapse ids longer than this (bytes). */
    private static final int APNS_COLLAPSE_ID_MAX = 64;

    private FcmMessages() {
    }

    static Message toFcm(PushMessage message) {
        boolean urgent = message.urgent();
        ApnsConfig.Builder apns = ApnsConfig.builder()
                // 10 = deliver now and wake the device; 5 = may be batched for power saving.
                .putHeader("apns-priority", urgent ? "10" : "5")
                .putHeader("apns-push-type", "alert")
                .setAps(Aps.builder().build());
        if (message.messageId().getBytes(StandardCharsets.UTF_8).length <= APNS_COLLAPSE_ID_MAX) {
            // A retried message that reached the phone twice replaces itself instead of showing twice.
            apns.putHeader("apns-collapse-id", message.messageId());
        }
        return Message.builder()
                .setToken(message.token())
                .setNotification(Notification.builder()
                        .setTitle(message.title())
                        .setBody(message.body())
                        .build())
                .setAndroidConfig(AndroidConfig.builder()
                        .setPriority(urgent ? AndroidConfig.Priority.HIGH : AndroidConfig.Priority.NORMAL)
                        // Same tag = same notification in the tray: duplicates replace each other.
                        .setNotification(AndroidNotification.builder().setTag(message.messageId()).build())
                        .build())
                .setApnsConfig(apns.build())
                .putAllData(message.data())
                .putData(MESSAGE_ID_KEY, message.messageId())
                .build();
    }
}
