package io.github.mocksecretsmanager.examples.kotlin

import aws.sdk.kotlin.services.secretsmanager.SecretsManagerClient
import aws.sdk.kotlin.services.secretsmanager.describeSecret
import io.github.mocksecretsmanager.MockSecretsManagerServer
import io.github.mocksecretsmanager.junit.InjectSecretsManager
import io.github.mocksecretsmanager.junit.MockSecretsManager
import io.github.mocksecretsmanager.junit.Seed
import java.net.URI
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test

private const val SECRET_ID = "db/credentials"
private const val FIRST_VALUE = """{"username":"app","password":"first-password"}"""
private const val SECOND_VALUE = """{"username":"app","password":"second-password"}"""
private const val TOKEN = "0b0c6d1e-3a2f-4c55-9e7d-000000000001"

/**
 * A rotation with [DatabaseSecret]: stage a pending version, then promote it. One client for the
 * class, made in a `@JvmStatic` `@BeforeAll` of the companion object from the injected endpoint; the
 * server comes into a companion `lateinit var` (a static field).
 */
@MockSecretsManager
@Seed(name = SECRET_ID, value = FIRST_VALUE)
class RotationTest {

    companion object {
        @InjectSecretsManager
        lateinit var server: MockSecretsManagerServer

        private lateinit var client: SecretsManagerClient

        @JvmStatic
        @BeforeAll
        fun createClient(endpoint: URI) {
            client = secretsManagerClient(endpoint, server.region())
        }

        @JvmStatic
        @AfterAll
        fun closeClient() {
            client.close()
        }
    }

    private val secret = DatabaseSecret(client, SECRET_ID)

    @Test
    fun `a staged version is not what readers get`(): Unit = runBlocking {
        val versionId = secret.stagePending(SECOND_VALUE, TOKEN)

        assertThat(versionId).isEqualTo(TOKEN)
        assertThat(secret.current()).isEqualTo(FIRST_VALUE)
        assertThat(secret.pending()).isEqualTo(SECOND_VALUE)
        assertThat(server.secret(SECRET_ID).orElseThrow().version(TOKEN).orElseThrow().stages())
            .containsExactly("AWSPENDING")
    }

    @Test
    fun `promoting makes the new value current and the old one previous`(): Unit = runBlocking {
        val oldVersion = server.secret(SECRET_ID).orElseThrow().current().orElseThrow().versionId()

        secret.stagePending(SECOND_VALUE, TOKEN)
        secret.promote(TOKEN)

        assertThat(secret.current()).isEqualTo(SECOND_VALUE)
        assertThat(secret.pending()).isNull()
        val stages = client.describeSecret { secretId = SECRET_ID }.versionIdsToStages
        assertThat(stages).containsOnly(
            org.assertj.core.api.Assertions.entry(TOKEN, listOf("AWSCURRENT")),
            org.assertj.core.api.Assertions.entry(oldVersion, listOf("AWSPREVIOUS")),
        )
    }

    @Test
    fun `a retried step with the same token stores nothing new`(): Unit = runBlocking {
        secret.stagePending(SECOND_VALUE, TOKEN)
        secret.stagePending(SECOND_VALUE, TOKEN)
        secret.promote(TOKEN)
        secret.promote(TOKEN)

        assertThat(server.secret(SECRET_ID).orElseThrow().versions()).hasSize(2)
        assertThat(secret.current()).isEqualTo(SECOND_VALUE)
    }

    @Test
    fun `only a pending version can be promoted`() {
        assertThatThrownBy { runBlocking { secret.promote("no-such-version") } }
            .isInstanceOf(IllegalArgumentException::class.java)
            .hasMessage("version no-such-version of $SECRET_ID is not pending")
    }

    @Test
    fun `every test starts from the seed`() {
        assertThat(server.secret(SECRET_ID).orElseThrow().versions()).hasSize(1)
    }
}
