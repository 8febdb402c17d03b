package org.homeward.push.gateway;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code homeward.push.fcm.*}; each also as an environment variable
 * ({@code HOMEWARD_PUSH_FCM_BASE_URL}, {@code HOMEWARD_PUSH_FCM_CREDENTIALS_FILE}, ...).
 */
@ConfigurationProperties("homeward.push.fcm")
public class FcmSettings {

    private String baseUrl = FcmTransport.GOOGLE.toString();
    @Nullable
    private String credentialsFile;
    @Nullable
    private String projectId;
    private int sendThreads = FcmEndpoint.DEFAULT_SEND_THREADS;

    /** Where FCM is: scheme://host[:port]; Google's endpoint unless a test server or relay stands in. */
    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A service account JSON file; when absent, GOOGLE_APPLICATION_CREDENTIALS is used, if set. */
    @Nullable
    public String getCredentialsFile() {
        return credentialsFile;
    }

    public void setCredentialsFile(@Nullable String credentialsFile) {
        this.credentialsFile = credentialsFile;
    }

    /** The Firebase project; by default the one named in the service account file. */
    @Nullable
    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(@Nullable String projectId) {
        this.projectId = projectId;
    }

    /** Messages in flight at once (threads of the SDK's executor). */
    public int getSendThreads() {
        return sendThreads;
    }

    public void setSendThreads(int sendThreads) {
        this.sendThreads = sendThreads;
    }
}
