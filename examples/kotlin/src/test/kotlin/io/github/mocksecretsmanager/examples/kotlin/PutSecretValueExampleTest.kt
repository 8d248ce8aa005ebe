package io.github.mocksecretsmanager.examples.kotlin

import aws.sdk.kotlin.services.secretsmanager.createSecret
import aws.sdk.kotlin.services.secretsmanager.getSecretValue
import aws.sdk.kotlin.services.secretsmanager.model.ResourceExistsException
import aws.sdk.kotlin.services.secretsmanager.putSecretValue
import io.github.mocksecretsmanager.MockSecretsManagerServer
import io.github.mocksecretsmanager.junit.MockSecretsManager
import java.net.URI
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.Test

/**
 * The AWS SDK for Kotlin's own PutSecretValue example, run against the emulator. The endpoint and
 * the server come in through the constructor.
 */
@MockSecretsManager
class PutSecretValueExampleTest(private val endpoint: URI, private val server: MockSecretsManagerServer) {

    @Test
    fun `the reference example stores a version whose id is the request token`(): Unit = runBlocking {
        secretsManagerClient(endpoint, server.region()).use { secretsManagerClient ->
            val created = secretsManagerClient.createSecret { name = "MyTestDatabaseSecret" }

            // The SDK reference's sample, word for word.
            val resp = secretsManagerClient.putSecretValue {
                secretId = "MyTestDatabaseSecret"
                secretString = "{\"username\":\"david\",\"password\":\"EXAMPLE-PASSWORD\"}"
                clientRequestToken = "EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE"
            }

            assertThat(resp.arn)
                .matches("arn:aws:secretsmanager:us-east-1:123456789012:secret:MyTestDatabaseSecret-[A-Za-z0-9]{6}")
                .isEqualTo(created.arn)
            assertThat(resp.name).isEqualTo("MyTestDatabaseSecret")
            assertThat(resp.versionId).isEqualTo("EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE")
            assertThat(resp.versionStages).containsExactly("AWSCURRENT")

            val read = secretsManagerClient.getSecretValue { secretId = "MyTestDatabaseSecret" }
            assertThat(read.secretString).isEqualTo("""{"username":"david","password":"EXAMPLE-PASSWORD"}""")
            assertThat(read.versionId).isEqualTo("EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE")
        }
    }

    @Test
    fun `repeating the request with the same token changes nothing`(): Unit = runBlocking {
        secretsManagerClient(endpoint, server.region()).use { client ->
            client.createSecret { name = "MyTestDatabaseSecret" }
            repeat(2) {
                val resp = client.putSecretValue {
                    secretId = "MyTestDatabaseSecret"
                    secretString = "{\"username\":\"david\",\"password\":\"EXAMPLE-PASSWORD\"}"
                    clientRequestToken = "EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE"
                }
                assertThat(resp.versionId).isEqualTo("EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE")
            }

            assertThat(server.secret("MyTestDatabaseSecret").orElseThrow().versions()).hasSize(1)
        }
    }

    @Test
    fun `the same token with another value is refused`(): Unit = runBlocking {
        secretsManagerClient(endpoint, server.region()).use { client ->
            client.createSecret { name = "MyTestDatabaseSecret" }
            client.putSecretValue {
                secretId = "MyTestDatabaseSecret"
                secretString = "first"
                clientRequestToken = "EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE"
            }

            assertThatThrownBy {
                runBlocking {
                    client.putSecretValue {
                        secretId = "MyTestDatabaseSecret"
                        secretString = "second"
                        clientRequestToken = "EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE"
                    }
                }
            }
                .isInstanceOf(ResourceExistsException::class.java)
                .hasMessageContaining("You can't use ClientRequestToken EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE")
            assertThat(client.getSecretValue { secretId = "MyTestDatabaseSecret" }.secretString).isEqualTo("first")
        }
    }
}
