package io.github.mocksecretsmanager.testcontainers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Runs inside a container (java.base only, as in the image): prints the answers of
 * {@code GET <endpoint>/__admin/health} and of a raw {@code GetSecretValue}, and exits 0 if both were 200.
 */
public final class NetworkProbe {

    private NetworkProbe() {}

    public static void main(String[] args) throws IOException {
        String endpoint = args[0];
        String secretId = args[1];
        int health = call("health", endpoint + "/__admin/health", null, null);
        int get = call(
                "GetSecretValue",
                endpoint + "/",
                "secretsmanager.GetSecretValue",
                "{\"SecretId\":\"" + secretId + "\"}");
        System.exit(health == 200 && get == 200 ? 0 : 1);
    }

    private static int call(String label, String url, String target, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(10_000);
        if (body != null) {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/x-amz-json-1.1");
            connection.setRequestProperty("X-Amz-Target", target);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        if (stream != null) {
            try (stream) {
                stream.transferTo(answer);
            }
        }
        System.out.println(label + " " + status + " " + answer.toString(StandardCharsets.UTF_8));
        return status;
    }
}
