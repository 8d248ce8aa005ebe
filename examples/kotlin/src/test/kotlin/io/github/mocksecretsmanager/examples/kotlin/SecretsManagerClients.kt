package io.github.mocksecretsmanager.examples.kotlin

import aws.sdk.kotlin.runtime.auth.credentials.StaticCredentialsProvider
import aws.sdk.kotlin.services.secretsmanager.SecretsManagerClient
import aws.smithy.kotlin.runtime.net.url.Url
import io.github.mocksecretsmanager.junit.MockSecretsManagerExtension
import java.net.URI

/**
 * An AWS SDK for Kotlin client pointed at the emulator: its endpoint (injected as a [URI]), its
 * region, and dummy credentials (the emulator accepts any). Close it when done.
 */
// tag::client[]
fun secretsManagerClient(endpoint: URI, region: String): SecretsManagerClient = SecretsManagerClient {
    this.region = region
    endpointUrl = Url.parse(endpoint.toString())          // endpoint: the injected java.net.URI
    credentialsProvider = StaticCredentialsProvider {
        accessKeyId = MockSecretsManagerExtension.ACCESS_KEY_ID
        secretAccessKey = MockSecretsManagerExtension.SECRET_ACCESS_KEY
    }
}
// end::client[]
