package io.github.mocksecretsmanager.internal.engine;

import static io.github.mocksecretsmanager.internal.engine.ErrorCode.AccessDeniedException;
import static io.github.mocksecretsmanager.internal.engine.ErrorCode.InvalidParameterException;
import static io.github.mocksecretsmanager.internal.engine.ErrorCode.InvalidRequestException;
import static io.github.mocksecretsmanager.internal.engine.ErrorCode.LimitExceededException;
import static io.github.mocksecretsmanager.internal.engine.ErrorCode.ResourceExistsException;
import static io.github.mocksecretsmanager.internal.engine.ErrorCode.ResourceNotFoundException;

import java.util.List;

/**
 * The engine's errors, with AWS's wording where it is known. One place, so the texts stay
 * consistent, and so it is easy to check that no message can carry a secret value: none of these
 * factories takes one.
 */
final class Errors {

    private Errors() {}

    static AwsException secretNotFound() {
        return new AwsException(ResourceNotFoundException, "Secrets Manager can't find the specified secret.");
    }

    static AwsException valueNotFoundForStage(String stage) {
        return new AwsException(
                ResourceNotFoundException,
                "Secrets Manager can't find the specified secret value for staging label: " + stage);
    }

    static AwsException valueNotFoundForVersion(String versionId) {
        return new AwsException(
                ResourceNotFoundException,
                "Secrets Manager can't find the specified secret value for VersionId: " + versionId);
    }

    static AwsException versionNotFound(String secretName, String versionId) {
        return new AwsException(
                ResourceNotFoundException,
                "Secrets Manager can't find the specified secret version " + versionId + " of secret " + secretName
                        + ".");
    }

    static AwsException markedForDeletion() {
        return new AwsException(
                InvalidRequestException,
                "You can't perform this operation on the secret because it was marked for deletion.");
    }

    static AwsException alreadyExists(String name) {
        return new AwsException(
                ResourceExistsException, "The operation failed because the secret " + name + " already exists.");
    }

    static AwsException nameScheduledForDeletion() {
        return new AwsException(
                InvalidRequestException,
                "You can't create this secret because a secret with this name is already scheduled for deletion.");
    }

    static AwsException tokenInUse(String token, String secretArn) {
        return new AwsException(
                ResourceExistsException,
                "You can't use ClientRequestToken " + token
                        + " because that value is already in use for a version of secret " + secretArn + ".");
    }

    static AwsException tokenRequired() {
        return new AwsException(
                InvalidRequestException,
                "You must provide a ClientRequestToken value. We recommend a UUID-type value.");
    }

    static AwsException stageNotOnRequestedVersion() {
        return new AwsException(
                InvalidRequestException,
                "You provided a VersionStage that is not associated to the provided VersionId.");
    }

    static AwsException versionLimitExceeded(String secretName, int limit) {
        return new AwsException(
                LimitExceededException,
                "You have exceeded the quota of " + limit + " versions for secret " + secretName
                        + ". Secrets Manager removes versions without a staging label only once they are older"
                        + " than 24 hours.");
    }

    static AwsException labelLimitExceeded(int limit) {
        return new AwsException(
                LimitExceededException,
                "A secret can have at most " + limit + " staging labels attached across all of its versions.");
    }

    static AwsException stageNotOnVersion(String stage, String versionId) {
        return new AwsException(
                InvalidParameterException,
                "The staging label " + stage + " is not attached to version " + versionId
                        + ", so it can't be removed from it.");
    }

    static AwsException removeFromRequired(String stage, String owner) {
        return new AwsException(
                InvalidParameterException,
                "The parameter RemoveFromVersionId can't be empty. Staging label " + stage
                        + " is currently attached to version " + owner
                        + ", so you must explicitly reference that version in RemoveFromVersionId.");
    }

    static AwsException cannotRemoveCurrent() {
        return new AwsException(
                InvalidParameterException,
                "You can only move staging label AWSCURRENT to a different secret version. It can't be completely"
                        + " removed.");
    }

    static AwsException recoveryWindowWithForce() {
        return new AwsException(
                InvalidParameterException,
                "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
    }

    static AwsException recoveryWindowOutOfRange() {
        return new AwsException(
                InvalidParameterException, "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).");
    }

    static AwsException invalidName() {
        return new AwsException(
                ErrorCode.ValidationException,
                "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following:"
                        + " -/_+=.@!");
    }

    static AwsException invalidNextToken() {
        return new AwsException(ErrorCode.InvalidNextTokenException, "The NextToken value is invalid.");
    }

    static AwsException tooManyTags(int limit) {
        return new AwsException(
                InvalidParameterException,
                "A secret can have at most " + limit + " tags; this request would exceed it.");
    }

    static AwsException rotationTokenRequired() {
        return new AwsException(
                InvalidParameterException,
                "You must provide a ClientRequestToken value. We recommend a UUID-type value.");
    }

    static AwsException noRotationLambda() {
        return new AwsException(
                InvalidRequestException, "No Lambda rotation function ARN is associated with this secret.");
    }

    /** Recorded against AWS (LocalStack's snapshot of a rotation with a function that does not exist). */
    static AwsException cannotInvokeRotationFunction() {
        return new AwsException(
                AccessDeniedException,
                "Secrets Manager cannot invoke the specified Lambda function. Ensure that the function policy grants"
                        + " access to the principal secretsmanager.amazonaws.com.");
    }

    /** No record of AWS's message: AWS checks the token against the role the rotation assumed. */
    static AwsException invalidRotationToken() {
        return new AwsException(
                AccessDeniedException,
                "The RotationToken is not the token of a rotation of this secret that is under way.");
    }

    static AwsException previousRotationIncomplete() {
        return new AwsException(
                InvalidRequestException, "A previous rotation isn't complete. That rotation will be reattempted.");
    }

    /** Recorded against AWS: hashicorp/terraform-provider-aws#33329. */
    static AwsException conflictingRotationRules() {
        return new AwsException(
                InvalidParameterException,
                "You cannot specify both rotation frequency and schedule expression together.");
    }

    static AwsException noPasswordCharacters() {
        return new AwsException(
                InvalidParameterException, "The options exclude every character, so no password can be generated.");
    }

    static AwsException passwordTooShortForEachType(int types) {
        return new AwsException(
                InvalidParameterException,
                "PasswordLength must be at least " + types
                        + " to include one character of each included type (RequireEachIncludedType).");
    }

    /** Recorded against AWS: awsdocs/aws-cloudformation-user-guide#623 (a policy with a wrong Version). */
    static AwsException malformedPolicy() {
        return new AwsException(ErrorCode.MalformedPolicyDocumentException, "This policy has invalid syntax.");
    }

    /** No record of AWS's message: the API reference's description of PublicPolicyException. */
    static AwsException publicPolicy() {
        return new AwsException(
                ErrorCode.PublicPolicyException,
                "The BlockPublicPolicy parameter is set to true, and the resource policy did not prevent broad access"
                        + " to the secret.");
    }

    static AwsException replicaIsPrimaryRegion(String region) {
        return new AwsException(
                InvalidParameterException, "Invalid replica region: " + region + " is the secret's primary region.");
    }

    static AwsException duplicateReplicaRegion(String region) {
        return new AwsException(InvalidParameterException, "The replica region " + region + " appears more than once.");
    }

    static AwsException notAReplica() {
        return new AwsException(
                InvalidRequestException,
                "StopReplicationToReplica applies to a replica secret: call it with the ARN of the replica in its"
                        + " own region.");
    }

    /**
     * A write to a replica. The code and message as AWS answers them: moto's test_update_replica
     * (tests/test_secretsmanager/test_secrets_duplication.py), and code written against AWS that catches
     * InvalidParameterException with this message from PutSecretValue on a replica.
     */
    static AwsException notPermittedOnReplica() {
        return new AwsException(
                InvalidParameterException,
                "Operation not permitted on a replica secret. Call must be made in primary secret's region.");
    }

    /** DeleteSecret of a primary secret that still has replicas (moto's test_delete_while_duplication_exist). */
    static AwsException stillHasReplicas(String arn, List<String> regions) {
        return new AwsException(
                InvalidParameterException,
                "You can't delete secret " + arn + " that still has replica regions [" + String.join(",", regions)
                        + "]");
    }
}
