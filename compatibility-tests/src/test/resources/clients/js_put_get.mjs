// The AWS SDK for JavaScript v3 against the emulator: create, put (with a ClientRequestToken), get.
// Usage: node js_put_get.mjs <endpoint URL> <region>   (run from the directory holding node_modules)
// Prints one JSON object: the client package's version and each response without $metadata.
import { readFile } from "node:fs/promises";
import {
  CreateSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";

const [endpoint, region] = process.argv.slice(2);
const client = new SecretsManagerClient({
  endpoint,
  region,
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
});

const plain = ({ $metadata, ...rest }) => ({ ...rest, HTTPStatusCode: $metadata.httpStatusCode });

const created = await client.send(new CreateSecretCommand({ Name: "MyTestDatabaseSecret" }));
const put = await client.send(
  new PutSecretValueCommand({
    ClientRequestToken: "EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE",
    SecretId: "MyTestDatabaseSecret",
    SecretString: '{"username":"david","password":"EXAMPLE-PASSWORD"}',
  }),
);
const generated = await client.send(
  new PutSecretValueCommand({ SecretId: "MyTestDatabaseSecret", SecretString: "second value" }),
);
const got = await client.send(
  new GetSecretValueCommand({ SecretId: "MyTestDatabaseSecret", VersionId: "EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE" }),
);

let missing;
try {
  await client.send(new GetSecretValueCommand({ SecretId: "NoSuchSecret" }));
  missing = { raised: false };
} catch (error) {
  missing = {
    raised: true,
    name: error.name,
    message: error.message,
    HTTPStatusCode: error.$metadata?.httpStatusCode,
    modeled: error instanceof ResourceNotFoundException,
  };
}

const manifest = new URL("./node_modules/@aws-sdk/client-secrets-manager/package.json", `file://${process.cwd()}/`);
const { version } = JSON.parse(await readFile(manifest, "utf8"));

console.log(
  JSON.stringify({
    clientVersion: version,
    node: process.version,
    create: plain(created),
    put: plain(put),
    generated: plain(generated),
    get: { ...plain(got), CreatedDate: got.CreatedDate.toISOString() },
    missing,
  }),
);
client.destroy();
