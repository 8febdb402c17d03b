package org.homeward.push.fakefcm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Writes a Google service account JSON file with a freshly generated RSA key and a
 * {@code token_uri} of our choosing (the fake server's /token), so the SDK's real credentials path
 * runs: it signs a JWT with the key and trades it for an access token there.
 */
public final class ServiceAccountFile {

    private ServiceAccountFile() {
    }

    public static Path write(Path directory, URI tokenUri, String projectId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            String json = "{\n"
                    + "  \"type\": \"service_account\",\n"
                    + "  \"project_id\": \"" + projectId + "\",\n"
                    + "  \"private_key_id\": \"test-key-1\",\n"
                    + "  \"private_key\": \"" + pem.replace("\n", "\\n") + "\",\n"
                    + "  \"client_email\": \"push@" + projectId + ".iam.gserviceaccount.com\",\n"
                    + "  \"client_id\": \"1234567890\",\n"
                    + "  \"token_uri\": \"" + tokenUri + "\"\n"
                    + "}\n";
            Path file = directory.resolve("service-account-" + projectId + ".json");
            Files.writeString(file, json);
            return file;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
