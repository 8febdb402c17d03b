package org.homeward.push.gateway;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;

/**
 * Chooses the gateway: Firebase when credentials are configured (homeward.push.fcm.credentials-file,
 * else Google's standard GOOGLE_APPLICATION_CREDENTIALS), otherwise the logging stand-in.
 */
@Factory
public class PushGatewayFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PushGatewayFactory.class);

    private FirebaseGateway opened;

    @Singleton
    PushGateway pushGateway(FcmSettings settings,
                            @Nullable @Value("${google.application.credentials:}") String applicationCredentials) {
        Path credentials = credentialsFile(settings.getCredentialsFile(), applicationCredentials);
        if (credentials == null) {
            LOG.info("No FCM credentials configured: notifications are only logged");
            return new LoggingGateway();
        }
        opened = FirebaseGateway.open(new FcmEndpoint(URI.create(settings.getBaseUrl().trim()),
                FcmEndpoint.serviceAccount(credentials), blankToNull(settings.getProjectId()),
                settings.getSendThreads()));
        return opened;
    }

    /** The explicit setting wins; GOOGLE_APPLICATION_CREDENTIALS reaches Micronaut as google.application.credentials. */
    @Nullable
    static Path credentialsFile(@Nullable String setting, @Nullable String applicationCredentials) {
        String file = blankToNull(setting);
        if (file == null) {
            file = blankToNull(applicationCredentials);
        }
        return file == null ? null : Path.of(file);
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @PreDestroy
    void close() {
        if (opened != null) {
            opened.close();
        }
    }
}
