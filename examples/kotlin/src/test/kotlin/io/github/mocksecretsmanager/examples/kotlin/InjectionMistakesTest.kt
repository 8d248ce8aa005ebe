package io.github.mocksecretsmanager.examples.kotlin

import aws.sdk.kotlin.services.secretsmanager.SecretsManagerClient
import io.github.mocksecretsmanager.junit.InjectSecretsManager
import io.github.mocksecretsmanager.junit.MockSecretsManager
import java.net.URI
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.platform.engine.TestExecutionResult
import org.junit.platform.engine.discovery.DiscoverySelectors.selectClass
import org.junit.platform.testkit.engine.EngineTestKit

/**
 * What a Kotlin user is told after the likely mistakes. The fixture classes run on a fresh Jupiter
 * engine (surefire does not run nested classes on its own).
 */
class InjectionMistakesTest {

    @MockSecretsManager
    class KotlinClientParameter {
        @Test
        fun test(@Suppress("UNUSED_PARAMETER") client: SecretsManagerClient) {}
    }

    @MockSecretsManager
    class KotlinClientField {
        @InjectSecretsManager
        lateinit var client: SecretsManagerClient

        @Test
        fun test() {}
    }

    @MockSecretsManager
    class ValField {
        @InjectSecretsManager
        val endpoint: URI? = null

        @Test
        fun test() {}
    }

    @Test
    fun `asking for the Kotlin SDK's client as a parameter says to build it from the endpoint`() {
        assertThat(failures(KotlinClientParameter::class.java)).singleElement().asString()
            .contains("cannot inject aws.sdk.kotlin.services.secretsmanager.SecretsManagerClient")
            .contains("inject the endpoint (java.net.URI)", "endpointUrl = Url.parse(endpoint.toString())")
    }

    @Test
    fun `a Kotlin SDK client field gets the same advice`() {
        assertThat(failures(KotlinClientField::class.java)).singleElement().asString()
            .contains("'client'", "endpointUrl = Url.parse(endpoint.toString())")
    }

    @Test
    fun `a val field is final, and the message says what to write instead`() {
        assertThat(failures(ValField::class.java)).singleElement().asString()
            .contains("'endpoint'", "it is final", "lateinit var")
    }

    private fun failures(fixture: Class<*>): List<String?> =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(fixture))
            .execute()
            .allEvents()
            .failed()
            .stream()
            .map { event -> event.getRequiredPayload(TestExecutionResult::class.java).throwable.orElseThrow().message }
            .toList()
}
