package io.github.mocksecretsmanager.examples.kotlin

import aws.sdk.kotlin.services.secretsmanager.getSecretValue
import aws.sdk.kotlin.services.secretsmanager.listSecrets
import io.github.mocksecretsmanager.MockSecretsManagerServer
import io.github.mocksecretsmanager.junit.InjectSecretsManager
import io.github.mocksecretsmanager.junit.MockSecretsManager
import io.github.mocksecretsmanager.junit.MockSecretsManagerExtension
import io.github.mocksecretsmanager.junit.ResetMode
import io.github.mocksecretsmanager.junit.Seed
import java.net.URI
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Nested
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.api.extension.RegisterExtension

/** Every way a Kotlin test class gets the server and its endpoint from the extension. */
@MockSecretsManager(region = "eu-west-1")
@Seed(name = "app/config", value = """{"feature":"on"}""")
@Seed(name = "app/key", base64 = "AAECAw==")
class InjectionStylesTest(private val constructorEndpoint: URI) {

    companion object {
        /** A companion `lateinit var` is a static field of the test class: set before `@BeforeAll`. */
        @InjectSecretsManager
        lateinit var staticServer: MockSecretsManagerServer

        private var endpointSeenInBeforeAll: URI? = null

        /** `@JvmStatic` makes it a static method of the test class, as JUnit requires; parameters are injected. */
        @JvmStatic
        @BeforeAll
        fun beforeAll(endpoint: URI, server: MockSecretsManagerServer) {
            assertThat(server).isSameAs(staticServer)
            endpointSeenInBeforeAll = endpoint
        }
    }

    /** An instance `lateinit var`: set when the instance is created. */
    @InjectSecretsManager
    lateinit var endpoint: URI

    @Test
    fun `constructor, fields, lifecycle and test parameters see the same server`(server: MockSecretsManagerServer) {
        assertThat(server).isSameAs(staticServer)
        assertThat(server.region()).isEqualTo("eu-west-1")
        assertThat(constructorEndpoint)
            .isEqualTo(endpoint)
            .isEqualTo(endpointSeenInBeforeAll)
            .isEqualTo(server.endpoint())
        assertThat(endpoint.toString()).matches("http://127\\.0\\.0\\.1:\\d+")
    }

    @Test
    fun `the Kotlin SDK reads the seeds through the injected endpoint`(): Unit = runBlocking {
        secretsManagerClient(endpoint, staticServer.region()).use { client ->
            assertThat(client.getSecretValue { secretId = "app/config" }.secretString).isEqualTo("""{"feature":"on"}""")
            assertThat(client.getSecretValue { secretId = "app/key" }.secretBinary).containsExactly(0, 1, 2, 3)
            assertThat(client.listSecrets {}.secretList.orEmpty().map { it.name })
                .containsExactlyInAnyOrder("app/config", "app/key")
        }
    }

    /** A Kotlin `inner class`, as `@Nested` needs, shares the enclosing class's server. */
    @Nested
    inner class NestedTests {
        @Test
        fun `a nested class shares the server`(server: MockSecretsManagerServer) {
            assertThat(server).isSameAs(staticServer)
            assertThat(endpoint).isEqualTo(constructorEndpoint)
        }
    }
}

/** With one instance per class, `@BeforeAll` is an ordinary member function; no companion needed. */
@MockSecretsManager
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerClassInstanceTest {

    private lateinit var endpointFromBeforeAll: URI

    @BeforeAll
    fun beforeAll(endpoint: URI) {
        endpointFromBeforeAll = endpoint
    }

    @Test
    fun `a member @BeforeAll gets the endpoint`(server: MockSecretsManagerServer) {
        assertThat(endpointFromBeforeAll).isEqualTo(server.endpoint())
    }
}

/** Programmatic registration from Kotlin: a `@JvmField` in the companion object. */
class RegisteredExtensionTest {

    companion object {
        @JvmField
        @RegisterExtension
        val secretsManager: MockSecretsManagerExtension = MockSecretsManagerExtension.builder()
            .region("ap-southeast-2")
            .seed("db/creds", """{"user":"app"}""")
            .reset(ResetMode.NEVER)
            .build()
    }

    @Test
    fun `the builder's settings apply`(server: MockSecretsManagerServer, endpoint: URI): Unit = runBlocking {
        assertThat(server.region()).isEqualTo("ap-southeast-2")
        secretsManagerClient(endpoint, server.region()).use { client ->
            assertThat(client.getSecretValue { secretId = "db/creds" }.arn)
                .startsWith("arn:aws:secretsmanager:ap-southeast-2:123456789012:secret:db/creds-")
        }
    }
}
