package io.github.mocksecretsmanager;

import io.github.mocksecretsmanager.journal.RotationJson;
import io.github.mocksecretsmanager.rotation.RotationEvent;
import io.github.mocksecretsmanager.rotation.RotationFunction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rotation function behind a URL, for rotation code that does not run in this JVM: each step is a
 * JSON POST of the event ({@code Step}, {@code SecretId}, {@code ClientRequestToken}, {@code
 * RotationToken}); a 2xx answer means the step succeeded, anything else (or no answer within the
 * timeout) fails it.
 */
public final class WebhookRotationFunction implements RotationFunction {

    /** As long as a Lambda function may run. */
    public static final Duration TIMEOUT = Duration.ofMinutes(15);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final URI url;

    /** @throws IllegalArgumentException unless {@code url} is an absolute http or https URL */
    public WebhookRotationFunction(URI url) {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme();
        if ((!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) || url.getHost() == null) {
            throw new IllegalArgumentException("a rotation webhook needs an absolute http(s) URL, not '" + url + "'");
        }
        this.url = url;
    }

    public URI url() {
        return url;
    }

    @Override
    public void invoke(RotationEvent event) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RotationJson.writeEvent(event)))
                .build();
        HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the webhook " + url + " answered HTTP " + response.statusCode() + " to "
                    + event.step().awsName());
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WebhookRotationFunction that && url.equals(that.url);
    }

    @Override
    public int hashCode() {
        return url.hashCode();
    }

    @Override
    public String toString() {
        return "webhook " + url;
    }
}
