package io.github.mocksecretsmanager.examples.kotlin

import aws.sdk.kotlin.runtime.auth.credentials.StaticCredentialsProvider
import aws.sdk.kotlin.services.secretsmanager.SecretsManagerClient
import aws.sdk.kotlin.services.secretsmanager.getSecretValue
import aws.sdk.kotlin.services.secretsmanager.putSecretValue
import aws.smithy.kotlin.runtime.net.url.Url
import io.github.mocksecretsmanager.MockSecretsManagerServer
import io.github.mocksecretsmanager.junit.InjectSecretsManager
import io.github.mocksecretsmanager.junit.MockSecretsManager
import io.github.mocksecretsmanager.junit.MockSecretsManagerExtension
import io.github.mocksecretsmanager.junit.Seed
import java.net.URI
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test

/** docs/junit5.md, "From Kotlin": every form of injection in one class, and a put with the AWS SDK for Kotlin. */
// tag::tour[]
@MockSecretsManager
@Seed(name = "db/credentials", value = """{"username":"app","password":"first"}""")
class KotlinTourTest(private val endpoint: URI) {          // constructor injection

    companion object {
        @InjectSecretsManager
        lateinit var server: MockSecretsManagerServer      // a static field: set before @BeforeAll

        @JvmStatic                                         // JUnit needs a static method
        @BeforeAll
        fun beforeAll(endpoint: URI) {                     // parameters are injected here too
            assertThat(endpoint).isEqualTo(server.endpoint())
        }
    }

    @InjectSecretsManager
    lateinit var sameEndpoint: URI                         // instance field: `lateinit var`, never `val`

    @Test
    fun rotates(): Unit = runBlocking {
        assertThat(sameEndpoint).isEqualTo(endpoint)
        SecretsManagerClient {
            region = server.region()
            endpointUrl = Url.parse(endpoint.toString())   // aws.smithy.kotlin.runtime.net.url.Url
            credentialsProvider = StaticCredentialsProvider {
                accessKeyId = MockSecretsManagerExtension.ACCESS_KEY_ID
                secretAccessKey = MockSecretsManagerExtension.SECRET_ACCESS_KEY
            }
        }.use { client ->
            client.putSecretValue {
                secretId = "db/credentials"
                secretString = """{"username":"app","password":"second"}"""
                clientRequestToken = "EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE"
            }
            assertThat(client.getSecretValue { secretId = "db/credentials" }.versionId)
                .isEqualTo("EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE")
        }
    }
}
// end::tour[]
