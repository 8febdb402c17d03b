package org.homeward.support;

import org.homeward.push.fakefcm.FakeFcmServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
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
            credentials = serviceAccountFile(SERVER.tokenUri());
        }
        return Map.of(
                "homeward.push.fcm.base-url", SERVER.baseUrl().toString(),
                "homeward.push.fcm.credentials-file", credentials.toString());
    }

    private static Path serviceAccountFile(URI tokenUri) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            String pem = ("-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(keys.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n").replace("\n", "\\n");
            String json = """
                    {"type": "service_account", "project_id": "homeward-test", "private_key_id": "test-key",
                     "private_key": "%s", "client_email": "push@homeward-test.iam.gserviceaccount.com",
                     "client_id": "1", "token_uri": "%s"}
                    """.formatted(pem, tokenUri);
            Path file = Files.createTempFile("homeward-fcm-", ".json");
            file.toFile().deleteOnExit();
            Files.writeString(file, json);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
