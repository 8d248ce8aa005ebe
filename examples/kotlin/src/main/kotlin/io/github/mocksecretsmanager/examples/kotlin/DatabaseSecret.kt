package io.github.mocksecretsmanager.examples.kotlin

import aws.sdk.kotlin.services.secretsmanager.SecretsManagerClient
import aws.sdk.kotlin.services.secretsmanager.model.ResourceNotFoundException
import aws.sdk.kotlin.services.secretsmanager.getSecretValue
import aws.sdk.kotlin.services.secretsmanager.describeSecret
import aws.sdk.kotlin.services.secretsmanager.putSecretValue
import aws.sdk.kotlin.services.secretsmanager.updateSecretVersionStage

/**
 * A database password kept in one Secrets Manager secret, rotated in the two steps a rotation
 * function takes: [stagePending] (its `createSecret` step) and [promote] (its `finishSecret` step).
 * Readers keep getting the `AWSCURRENT` value until the new one is promoted.
 */
class DatabaseSecret(private val client: SecretsManagerClient, private val secretId: String) {

    /** The value readers get: the `AWSCURRENT` version's `SecretString`. */
    suspend fun current(): String = client.getSecretValue { secretId = this@DatabaseSecret.secretId }.secretString
        ?: error("$secretId holds a binary value")

    /** The value waiting to be promoted, or null when no rotation is under way. */
    suspend fun pending(): String? = try {
        client.getSecretValue {
            secretId = this@DatabaseSecret.secretId
            versionStage = PENDING
        }.secretString
    } catch (e: ResourceNotFoundException) {
        null
    }

    /**
     * Stores [newValue] as a version labelled `AWSPENDING` whose id is [token]. Retrying with the
     * same token and value is harmless (PutSecretValue is idempotent on the token).
     */
    suspend fun stagePending(newValue: String, token: String): String {
        val response = client.putSecretValue {
            secretId = this@DatabaseSecret.secretId
            secretString = newValue
            clientRequestToken = token
            versionStages = listOf(PENDING)
        }
        return checkNotNull(response.versionId)
    }

    /**
     * Moves `AWSCURRENT` to the pending version [token] (Secrets Manager moves `AWSPREVIOUS` to the
     * version that loses it) and takes `AWSPENDING` off, so the next rotation can start. Promoting a
     * version that is already current and no longer pending does nothing, so a retry is harmless.
     */
    suspend fun promote(token: String) {
        val stages = checkNotNull(client.describeSecret { secretId = this@DatabaseSecret.secretId }.versionIdsToStages)
        val tokenStages = stages[token].orEmpty()
        if (CURRENT in tokenStages && PENDING !in tokenStages) {
            return
        }
        require(PENDING in tokenStages) { "version $token of $secretId is not pending" }
        val currentVersion = stages.entries.single { CURRENT in it.value }.key
        if (currentVersion != token) {
            client.updateSecretVersionStage {
                secretId = this@DatabaseSecret.secretId
                versionStage = CURRENT
                moveToVersionId = token
                removeFromVersionId = currentVersion
            }
        }
        client.updateSecretVersionStage {
            secretId = this@DatabaseSecret.secretId
            versionStage = PENDING
            removeFromVersionId = token
        }
    }

    private companion object {
        const val CURRENT = "AWSCURRENT"
        const val PENDING = "AWSPENDING"
    }
}
