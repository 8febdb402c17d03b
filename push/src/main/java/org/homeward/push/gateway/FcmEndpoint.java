package org.homeward.push.gateway;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where FCM is, as whom we call it, and for which Firebase project.
 *
 * @param baseUrl     scheme://host[:port] that stands in for {@code https://fcm.googleapis.com}
 * @param credentials a service account, or in tests a fixed access token
 * @param projectId   the Firebase project; null to take it from the service account
 * @param sendThreads how many messages are in flight at once (see {@link SendThreads})
 */
public record FcmEndpoint(URI baseUrl, GoogleCredentials credentials, @Nullable String projectId,
                          int sendThreads) {

    /** The SDK's own default: 100 concurrent calls. */
    public static final int DEFAULT_SEND_THREADS = 100;

    public FcmEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(credentials, "credentials");
        FcmTransport.checkBaseUrl(baseUrl);
        if (projectId == null && credentials instanceof ServiceAccountCredentials account) {
            projectId = account.getProjectId();
        }
        if (projectId == null || projectId.isBlank()) {
            throw new IllegalArgumentException("No Firebase project id: set homeward.push.fcm.project-id "
                    + "or use a service account file that names one");
        }
    }

    public FcmEndpoint(URI baseUrl, GoogleCredentials credentials, @Nullable String projectId) {
        this(baseUrl, credentials, projectId, DEFAULT_SEND_THREADS);
    }

    /**
     * Reads a service account JSON file. The SDK fetches access tokens from the file's
     * {@code token_uri}, so a test can point that at a fake token endpoint too.
     */
    public static GoogleCredentials serviceAccount(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return GoogleCredentials.fromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read FCM credentials from " + file, e);
        }
    }
}
