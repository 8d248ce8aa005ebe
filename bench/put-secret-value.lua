-- wrk load: PutSecretValue over keep-alive connections, a fresh ClientRequestToken on every
-- request, spread round-robin over BENCH_SECRETS secrets named bench-secret-<n>.
--   wrk -t2 -c16 -d10s -s put-secret-value.lua http://127.0.0.1:PORT -- <run id> [secrets]
-- The run id (hex, up to 8 digits) keeps tokens unique across runs against one server.

local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_number", thread_count)
end

local run_id = 0
local secrets = 50
local counter = 0

function init(args)
  run_id = tonumber(args[1] or "0", 16) or 0
  secrets = tonumber(args[2] or "50") or 50
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
  wrk.headers["X-Amz-Target"] = "secretsmanager.PutSecretValue"
  -- What the SDKs send; moto routes by its signing scope, our server ignores it.
  wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/secretsmanager/aws4_request, "
      .. "SignedHeaders=content-type;host;x-amz-target, Signature=0"
end

function request()
  counter = counter + 1
  -- 8-4-4-4-12 hex digits, like the UUIDs the SDKs send; unique per run, thread and request.
  local token = string.format("%08x-%04x-4000-8000-%012x", run_id, thread_number or 0, counter)
  local body = string.format(
    '{"SecretId":"bench-secret-%d","SecretString":"{\\"user\\":\\"bench\\",\\"password\\":\\"p-%d\\"}","ClientRequestToken":"%s"}',
    counter % secrets, counter, token)
  return wrk.format(nil, "/", nil, body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("wrk_requests=%d\n", summary.requests))
  io.write(string.format("wrk_rps=%.0f\n", summary.requests / seconds))
  io.write(string.format("wrk_errors=%d\n", errors))
  io.write(string.format("wrk_non2xx=%d\n", summary.errors.status))
  io.write(string.format("wrk_p50_ms=%.3f\n", latency:percentile(50) / 1000))
  io.write(string.format("wrk_p99_ms=%.3f\n", latency:percentile(99) / 1000))
  io.write(string.format("wrk_max_ms=%.3f\n", latency.max / 1000))
end
