package org.homeward.push.devices;

/** Where an FCM registration token lives. */
public enum Platform {
    ANDROID, IOS, WEB
}
