package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.Scope;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks AWS Signature Version 4 on a request (header form), as Secrets Manager does when a server
 * is configured with credentials. Failures are the errors AWS answers with. The secret key is
 * never shown.
 */
public final class SignatureVerifier {

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String SERVICE = "secretsmanager";
    private static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final String accessKeyId;
    private final String secretAccessKey;
    private final Clock clock;

    public SignatureVerifier(String accessKeyId, String secretAccessKey, Clock clock) {
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.clock = clock;
    }

    /** Throws the AWS error for a missing, malformed, foreign or wrong signature. */
    void verify(HttpServerExchange exchange, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            throw new AwsException(ErrorCode.MissingAuthenticationTokenException, "Missing Authentication Token");
        }
        Authorization auth = Authorization.parse(authorization);
        String amzDate = exchange.getRequestHeaders().getFirst("X-Amz-Date");
        Instant signedAt = parseDate(amzDate);
        if (!auth.accessKeyId.equals(accessKeyId)) {
            throw new AwsException(
                    ErrorCode.UnrecognizedClientException, "The security token included in the request is invalid.");
        }
        if (!auth.date.equals(amzDate.substring(0, 8)) || !auth.service.equals(SERVICE)) {
            throw invalidSignature("Credential should be scoped to a valid date and the service " + SERVICE + ".");
        }
        // One server answers every region: the scope's region is checked for its shape only, and the
        // request then acts in that region (ScopeResolver).
        if (!Scope.isRegion(auth.region)) {
            throw invalidSignature("Credential should be scoped to a valid region, not '" + auth.region + "'.");
        }
        Instant now = clock.instant();
        if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
            throw invalidSignature("Signature expired: " + amzDate + " is now earlier than "
                    + AMZ_DATE.format(now.minus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " - 5 min.)");
        }
        String payloadHash = HEX.formatHex(sha256(body));
        String declaredHash = exchange.getRequestHeaders().getFirst("X-Amz-Content-Sha256");
        if (declaredHash != null && !declaredHash.equals("UNSIGNED-PAYLOAD") && !declaredHash.equals(payloadHash)) {
            throw invalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        String canonicalRequest = canonicalRequest(exchange, auth.signedHeaders, payloadHash);
        String scope = auth.date + "/" + auth.region + "/" + auth.service + "/aws4_request";
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
                + HEX.formatHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] expected = hmac(signingKey(auth), stringToSign);
        byte[] given;
        try {
            given = HEX.parseHex(auth.signature);
        } catch (IllegalArgumentException e) {
            throw incomplete("The signature is not hexadecimal.");
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw invalidSignature("The request signature we calculated does not match the signature you provided."
                    + " Check your AWS Secret Access Key and signing method. Consult the service documentation for"
                    + " details.");
        }
    }

    private static String canonicalRequest(HttpServerExchange exchange, List<String> signedHeaders, String hash) {
        StringBuilder canonical = new StringBuilder(256)
                .append(exchange.getRequestMethod())
                .append('\n')
                .append(exchange.getRequestURI().isEmpty() ? "/" : exchange.getRequestURI())
                .append('\n')
                .append(canonicalQuery(exchange.getQueryString()))
                .append('\n');
        for (String name : signedHeaders) {
            HeaderValues values = exchange.getRequestHeaders().get(name);
            if (values == null) {
                throw incomplete("The header " + name + " is listed in SignedHeaders but not sent.");
            }
            List<String> trimmed = new ArrayList<>(values.size());
            values.forEach(v -> trimmed.add(v.trim().replaceAll(" +", " ")));
            canonical.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        return canonical
                .append('\n')
                .append(String.join(";", signedHeaders))
                .append('\n')
                .append(hash)
                .toString();
    }

    private static String canonicalQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        String[] pairs = query.split("&");
        Arrays.sort(pairs);
        return String.join("&", pairs);
    }

    private byte[] signingKey(Authorization auth) {
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), auth.date);
        key = hmac(key, auth.region);
        key = hmac(key, auth.service);
        return hmac(key, "aws4_request");
    }

    private static Instant parseDate(String amzDate) {
        if (amzDate == null) {
            throw incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        try {
            return Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw incomplete("The X-Amz-Date header is not in the form yyyyMMddTHHmmssZ.");
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static AwsException invalidSignature(String message) {
        return new AwsException(ErrorCode.InvalidSignatureException, message);
    }

    private static AwsException incomplete(String message) {
        return new AwsException(ErrorCode.IncompleteSignatureException, message);
    }

    /** The parts of {@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}. */
    private record Authorization(
            String accessKeyId,
            String date,
            String region,
            String service,
            List<String> signedHeaders,
            String signature) {

        static Authorization parse(String header) {
            if (!header.startsWith(ALGORITHM + " ")) {
                throw incomplete("Only the " + ALGORITHM + " signing algorithm is supported.");
            }
            String[] scope = null;
            List<String> signedHeaders = null;
            String signature = null;
            for (String part : header.substring(ALGORITHM.length() + 1).split(",")) {
                String[] keyValue = part.trim().split("=", 2);
                if (keyValue.length != 2) {
                    continue;
                }
                switch (keyValue[0]) {
                    case "Credential":
                        scope = keyValue[1].split("/");
                        if (scope.length != 5 || !scope[4].equals("aws4_request")) {
                            throw incomplete("The Credential is not of the form"
                                    + " <access key>/<date>/<region>/<service>/aws4_request.");
                        }
                        break;
                    case "SignedHeaders":
                        signedHeaders =
                                List.of(keyValue[1].toLowerCase(Locale.ROOT).split(";"));
                        break;
                    case "Signature":
                        signature = keyValue[1];
                        break;
                    default:
                        break;
                }
            }
            if (scope == null || signedHeaders == null || signature == null) {
                throw incomplete("Authorization header requires 'Credential', 'SignedHeaders' and 'Signature'.");
            }
            return new Authorization(scope[0], scope[1], scope[2], scope[3], signedHeaders, signature);
        }
    }
}
