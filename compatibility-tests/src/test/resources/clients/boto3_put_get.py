"""boto3 against the emulator: the put_secret_value example of the boto3 reference, then reads.

Usage: python3 boto3_put_get.py <endpoint URL> <region>
Prints one JSON object: the boto3 version and each response (ResponseMetadata reduced to the status).
"""
import json
import sys

import boto3
import botocore
from botocore.exceptions import ClientError

endpoint, region = sys.argv[1], sys.argv[2]
client = boto3.client(
    "secretsmanager",
    endpoint_url=endpoint,
    region_name=region,
    aws_access_key_id="test",
    aws_secret_access_key="test",
)


def plain(response):
    """A response without ResponseMetadata, but with its HTTP status."""
    result = {k: v for k, v in response.items() if k != "ResponseMetadata"}
    result["HTTPStatusCode"] = response["ResponseMetadata"]["HTTPStatusCode"]
    return result


created = client.create_secret(Name="MyTestDatabaseSecret")

# The boto3 reference's example, verbatim.
response = client.put_secret_value(
    ClientRequestToken='EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE',
    SecretId='MyTestDatabaseSecret',
    SecretString='{"username":"david","password":"EXAMPLE-PASSWORD"}',
)

retried = client.put_secret_value(
    ClientRequestToken='EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE',
    SecretId='MyTestDatabaseSecret',
    SecretString='{"username":"david","password":"EXAMPLE-PASSWORD"}',
)

got = client.get_secret_value(SecretId="MyTestDatabaseSecret")

try:
    client.get_secret_value(SecretId="NoSuchSecret")
    missing = {"raised": False}
except ClientError as error:
    missing = {
        "raised": True,
        "Code": error.response["Error"]["Code"],
        "Message": error.response["Error"]["Message"],
        "HTTPStatusCode": error.response["ResponseMetadata"]["HTTPStatusCode"],
        "modeled": isinstance(error, client.exceptions.ResourceNotFoundException),
    }

print(json.dumps({
    "boto3": boto3.__version__,
    "botocore": botocore.__version__,
    "create": plain(created),
    "put": plain(response),
    "retry": plain(retried),
    "get": plain(got),
    "missing": missing,
}, default=str))
