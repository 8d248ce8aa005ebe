package io.github.mocksecretsmanager.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.testsupport.ClientProcesses;
import io.github.mocksecretsmanager.testsupport.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The raw HTTP API with {@code java.net.http}, no SDK: the API reference's PutSecretValue request,
 * completed the way a real caller must send it ({@code X-Amz-Target} as a header, the awsJson1_1
 * content type, a {@code ClientRequestToken}), exactly as the README's "Raw HTTP" curl sends it.
 * Bodies are compared as JSON (exact member names and values, any member order).
 */
class RawHttpTest {

    private static final String SECRET_ID = "MyTestDatabaseSecret";
    private static final String TOKEN = "EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE";
    /** The body of the README's curl example: the reference example's members. */
    private static final String PUT_BODY = "{\"ClientRequestToken\":\"EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE\","
            + "\"SecretId\":\"MyTestDatabaseSecret\","
            + "\"SecretString\":\"{\\\"username\\\":\\\"david\\\",\\\"password\\\":\\\"EXAMPLE-PASSWORD\\\"}\"}";

    private static final String AWS_JSON = "application/x-amz-json-1.1";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // as curl sends it: no h2c upgrade
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static MockSecretsManagerServer server;

    @BeforeAll
    static void startServer() {
        server = MockSecretsManagerServer.start();
        ClientProcesses.recordTestedVersion(
                "raw HTTP", "java.net.http.HttpClient, HTTP/1.1, Java " + Runtime.version());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    @Test
    void referenceRequestStoresAVersionWhoseIdIsTheToken() {
        String arn = createSecret();

        HttpResponse<String> put = send("PutSecretValue", PUT_BODY);

        assertSuccess(put);
        Map<String, Object> expected = Map.of(
                "ARN", arn,
                "Name", SECRET_ID,
                "VersionId", TOKEN,
                "VersionStages", List.of("AWSCURRENT"));
        assertThat(Json.object(put.body())).isEqualTo(expected);

        HttpResponse<String> retried = send("PutSecretValue", PUT_BODY);
        assertSuccess(retried);
        assertThat(Json.object(retried.body()))
                .as("the same request again changes nothing")
                .isEqualTo(expected);
        assertThat(server.secret(SECRET_ID).orElseThrow().versions()).hasSize(1);

        HttpResponse<String> got = send("GetSecretValue", "{\"SecretId\":\"" + SECRET_ID + "\"}");
        assertSuccess(got);
        Map<String, Object> value = Json.object(got.body());
        assertThat(value)
                .containsOnlyKeys("ARN", "Name", "VersionId", "SecretString", "VersionStages", "CreatedDate")
                .containsEntry("ARN", arn)
                .containsEntry("Name", SECRET_ID)
                .containsEntry("VersionId", TOKEN)
                .containsEntry("SecretString", "{\"username\":\"david\",\"password\":\"EXAMPLE-PASSWORD\"}")
                .containsEntry("VersionStages", List.of("AWSCURRENT"));
        assertThat(value.get("CreatedDate"))
                .as("epoch seconds, as awsJson1_1 sends timestamps")
                .isInstanceOf(Number.class);
    }

    @Test
    void unknownSecret() {
        assertAwsError(
                send("PutSecretValue", PUT_BODY),
                "ResourceNotFoundException",
                "Secrets Manager can't find the specified secret.");
    }

    @Test
    void missingClientRequestToken() {
        createSecret();

        assertAwsError(
                send("PutSecretValue", PUT_BODY.replace("\"ClientRequestToken\":\"" + TOKEN + "\",", "")),
                "InvalidRequestException",
                "You must provide a ClientRequestToken value. We recommend a UUID-type value.");
        assertThat(server.secret(SECRET_ID).orElseThrow().versions()).isEmpty();
    }

    @Test
    void malformedJson() {
        createSecret();

        assertAwsError(
                send("PutSecretValue", PUT_BODY.substring(0, PUT_BODY.length() - 2)),
                "SerializationException",
                "The request body is not valid JSON.");
        assertThat(server.secret(SECRET_ID).orElseThrow().versions()).isEmpty();
    }

    @Test
    void sameTokenWithAnotherValue() {
        String arn = createSecret();
        assertSuccess(send("PutSecretValue", PUT_BODY));

        assertAwsError(
                send("PutSecretValue", PUT_BODY.replace("EXAMPLE-PASSWORD", "OTHER-PASSWORD")),
                "ResourceExistsException",
                "You can't use ClientRequestToken " + TOKEN
                        + " because that value is already in use for a version of secret " + arn + ".");
    }

    /** The reference page's curl as printed puts the target in the URL fragment, which is never sent. */
    @Test
    void referenceCurlAsPrintedLacksTheTargetHeader() {
        HttpRequest request = HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .header("accept", "application/json")
                .header("content-type", "application/json")
                .POST(BodyPublishers.ofString(PUT_BODY))
                .build();

        assertAwsError(send(request), "UnknownOperationException", "The requested operation is not recognized.");
    }

    /** The request the README documents: {@code POST /} with the target header and the awsJson1_1 type. */
    private static HttpRequest request(String operation, String body) {
        return HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .header("Accept", "application/json")
                .header("Content-Type", AWS_JSON)
                .header("X-Amz-Target", "secretsmanager." + operation)
                .POST(BodyPublishers.ofString(body))
                .build();
    }

    private static HttpResponse<String> send(String operation, String body) {
        return send(request(operation, body));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates the secret without a value, as the reference example assumes; returns its ARN. */
    private static String createSecret() {
        HttpResponse<String> created = send(
                "CreateSecret",
                "{\"Name\":\"" + SECRET_ID + "\",\"ClientRequestToken\":\"4f1a9e52-7d0b-4c3e-9a61-5b2f8c0d7e13\"}");
        assertSuccess(created);
        Map<String, Object> body = Json.object(created.body());
        assertThat(body).containsOnlyKeys("ARN", "Name").containsEntry("Name", SECRET_ID);
        return (String) body.get("ARN");
    }

    private static void assertSuccess(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(AWS_JSON);
        assertThat(response.headers().firstValue("x-amzn-RequestId"))
                .hasValueSatisfying(id -> assertThat(id).isNotBlank());
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).isEmpty();
    }

    private static void assertAwsError(HttpResponse<String> response, String type, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(AWS_JSON);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(type);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(Json.object(response.body())).isEqualTo(Map.of("__type", type, "Message", message));
    }
}
