package org.homeward.support;

import org.homeward.push.fakefcm.FakeFcmServer;
import org.homeward.push.fakefcm.ServiceAccountFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One fake FCM server for the test run, and the settings that point Homeward's real Firebase
 * gateway at it: its base URL and a service-account file whose token endpoint is the fake's too,
 * so the Firebase Admin SDK runs its own code path end to end, on 127.0.0.1.
 */
public final class FakeFcm {

    public static final FakeFcmServer SERVER = FakeFcmServer.start();
    private static Path credentials;

    private FakeFcm() {
    }

    /** For a test class's {@code TestPropertyProvider}. */
    public static synchronized Map<String, String> settings() {
        if (credentials == null) {
            try {
                Path directory = Files.createTempDirectory("homeward-fcm");
                directory.toFile().deleteOnExit();
                credentials = ServiceAccountFile.write(directory, SERVER.tokenUri(), "homeward-test");
                credentials.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of(
                "homeward.push.fcm.base-url", SERVER.baseUrl().toString(),
                "homeward.push.fcm.credentials-file", credentials.toString());
    }
}
