package io.github.mocksecretsmanager.reliability.fuzz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.reliability.fuzz.ServiceModel.Shape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Generates requests from the {@link ServiceModel}: a valid request of an operation, or one that
 * breaks exactly one constraint of one member (or of the body as a whole). Values that name things
 * (secret ids, version ids, stages, regions, policies) come from a {@link Pool} of real secrets so
 * that valid requests reach the operations' logic rather than stop at "not found".
 */
public final class RequestGenerator {

    /** What a generated request breaks; {@link #VALID} breaks nothing. */
    public enum Kind {
        VALID(false),
        MISSING_REQUIRED(true),
        TOO_SHORT(true),
        TOO_LONG(true),
        BELOW_MIN(true),
        ABOVE_MAX(true),
        PATTERN(true),
        ENUM(true),
        WRONG_TYPE(true),
        INVALID_BASE64(true),
        UNKNOWN_MEMBER(false),
        DUPLICATE_KEY(false),
        DEEP_NESTING(false),
        INVALID_UTF8(false),
        EMPTY_BODY(false),
        NON_OBJECT_BODY(false),
        TRUNCATED_BODY(false);

        private final boolean onMember;

        Kind(boolean onMember) {
            this.onMember = onMember;
        }

        public boolean onMember() {
            return onMember;
        }
    }

    /** One thing to try: an operation, a kind of violation and the member path it applies to. */
    public record Case(String operation, Kind kind, List<String> path) {
        @Override
        public String toString() {
            return operation + " " + kind + (path.isEmpty() ? "" : " " + String.join(".", path));
        }
    }

    /** A generated request: the case, a detail of the mutation and the exact body bytes. */
    public record Request(Case fuzzCase, String detail, byte[] body) {}

    /** The real secrets requests may address. */
    public interface Pool {
        /** A secret id: a name, full ARN or partial ARN of a pool secret, or a name that does not exist. */
        String secretId(Random random);

        /** A version id of a pool secret, or a fresh one. */
        String versionId(Random random);

        /** A name for a new secret, now and then one in use. */
        String newName(Random random);
    }

    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final List<String> STAGES = List.of("AWSCURRENT", "AWSPREVIOUS", "AWSPENDING", "fuzz-stage");
    private static final List<String> REGIONS = List.of("eu-west-1", "us-west-2", "ap-southeast-2");
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},"
            + "\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"}]}";
    private static final int MAX_DEPTH = 4;

    private final ServiceModel model;
    private final String canary;
    private final JsonFactory json = new JsonFactory();

    public RequestGenerator(ServiceModel model, String canary) {
        this.model = model;
        this.canary = canary;
    }

    /** Every case of every operation: the valid request, each member constraint, each body-level breakage. */
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String operation : model.operations()) {
            cases.add(new Case(operation, Kind.VALID, List.of()));
            Shape input = model.input(operation);
            memberCases(operation, input, List.of(), 0, cases);
            for (Kind kind : Kind.values()) {
                if (!kind.onMember() && kind != Kind.VALID) {
                    cases.add(new Case(operation, kind, List.of()));
                }
            }
        }
        return cases;
    }

    private void memberCases(String operation, Shape structure, List<String> path, int depth, List<Case> cases) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        structure.members().forEach((member, target) -> {
            List<String> at = append(path, member);
            if (structure.required().contains(member)) {
                cases.add(new Case(operation, Kind.MISSING_REQUIRED, at));
            }
            valueCases(operation, model.shape(target), at, depth, cases);
        });
    }

    private void valueCases(String operation, Shape shape, List<String> at, int depth, List<Case> cases) {
        cases.add(new Case(operation, Kind.WRONG_TYPE, at));
        switch (shape.type()) {
            case "string" -> {
                if (shape.min() != null && shape.min() > 0) {
                    cases.add(new Case(operation, Kind.TOO_SHORT, at));
                }
                if (shape.max() != null) {
                    cases.add(new Case(operation, Kind.TOO_LONG, at));
                }
                if (shape.pattern() != null) {
                    cases.add(new Case(operation, Kind.PATTERN, at));
                }
                if (!shape.enumValues().isEmpty()) {
                    cases.add(new Case(operation, Kind.ENUM, at));
                }
            }
            case "blob" -> {
                cases.add(new Case(operation, Kind.INVALID_BASE64, at));
                if (shape.min() != null && shape.min() > 0) {
                    cases.add(new Case(operation, Kind.TOO_SHORT, at));
                }
                if (shape.max() != null) {
                    cases.add(new Case(operation, Kind.TOO_LONG, at));
                }
            }
            case "integer", "long" -> {
                if (shape.min() != null) {
                    cases.add(new Case(operation, Kind.BELOW_MIN, at));
                }
                if (shape.max() != null) {
                    cases.add(new Case(operation, Kind.ABOVE_MAX, at));
                }
            }
            case "list" -> {
                if (shape.min() != null && shape.min() > 0) {
                    cases.add(new Case(operation, Kind.TOO_SHORT, at));
                }
                if (shape.max() != null) {
                    cases.add(new Case(operation, Kind.TOO_LONG, at));
                }
                valueCases(operation, model.shape(shape.member()), append(at, "[]"), depth + 1, cases);
            }
            case "map" -> valueCases(operation, model.shape(shape.value()), append(at, "{}"), depth + 1, cases);
            case "structure" -> memberCases(operation, shape, at, depth + 1, cases);
            default -> {}
        }
    }

    /** The request for a case: a valid request that has every member on the case's path, then the one breakage. */
    public Request generate(Case fuzzCase, Pool pool, Random random) {
        Shape input = model.input(fuzzCase.operation());
        Map<String, Object> body = structure(input, null, fuzzCase.path(), pool, random);
        String detail = "";
        switch (fuzzCase.kind()) {
            case VALID -> {}
            case UNKNOWN_MEMBER -> {
                body.put("FuzzUnknownMember" + random.nextInt(10), random.nextBoolean() ? "x" : List.of(1, 2));
            }
            case EMPTY_BODY -> {
                return new Request(fuzzCase, "", new byte[0]);
            }
            case NON_OBJECT_BODY -> {
                String text = pick(
                        List.of("[]", "[{}]", "\"SecretId\"", "42", "null", "true", "  ", "[" + write(body) + "]"),
                        random);
                return new Request(fuzzCase, text.length() > 40 ? "array of the request" : text, bytes(text));
            }
            case TRUNCATED_BODY -> {
                byte[] whole = serialize(body);
                int cut = whole.length <= 1 ? 1 : 1 + random.nextInt(whole.length - 1);
                String variant = random.nextInt(4) == 0 ? "trailing garbage" : "cut at " + cut;
                byte[] broken = variant.equals("trailing garbage")
                        ? concat(whole, bytes(pick(List.of("}", "{}", " x", ",\"a\":1}"), random)))
                        : java.util.Arrays.copyOf(whole, cut);
                return new Request(fuzzCase, variant, broken);
            }
            case DUPLICATE_KEY -> {
                return duplicateKey(fuzzCase, input, body, pool, random);
            }
            case DEEP_NESTING -> {
                int depth = pick(List.of(64, 1_001, 20_000), random);
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                String nested = open.repeat(depth) + "1" + close.repeat(depth);
                String member = body.isEmpty() || random.nextBoolean()
                        ? "FuzzNested"
                        : pick(new ArrayList<>(body.keySet()), random);
                body.put(member, new Raw(nested));
                return new Request(fuzzCase, member + " nested " + depth + " deep", serialize(body));
            }
            case INVALID_UTF8 -> {
                List<String> strings = new ArrayList<>();
                body.forEach((k, v) -> {
                    if (v instanceof String) {
                        strings.add(k);
                    }
                });
                String member = strings.isEmpty() ? "FuzzText" : pick(strings, random);
                Object old = body.get(member);
                String marker = "@@BAD-UTF8@@";
                body.put(member, marker + (old instanceof String s ? s : ""));
                byte[] bad = pick(
                        List.of(
                                new byte[] {(byte) 0xC3, 0x28},
                                new byte[] {(byte) 0xFF},
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                                new byte[] {(byte) 0xE2, (byte) 0x82},
                                new byte[] {(byte) 0xC0, (byte) 0xAF}),
                        random);
                return new Request(
                        fuzzCase, member + " with " + hex(bad), replace(serialize(body), bytes(marker), bad));
            }
            default -> detail = mutateMember(fuzzCase, input, body, random);
        }
        return new Request(fuzzCase, detail, serialize(body));
    }

    private Request duplicateKey(Case fuzzCase, Shape input, Map<String, Object> body, Pool pool, Random random) {
        String member = body.isEmpty()
                ? pick(new ArrayList<>(input.members().keySet()), random)
                : pick(new ArrayList<>(body.keySet()), random);
        Object other = value(model.shape(input.members().get(member)), member, List.of(), pool, random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, Object> entry : body.entrySet()) {
                generator.writeFieldName(entry.getKey());
                writeValue(generator, entry.getValue());
            }
            generator.writeFieldName(member);
            writeValue(generator, other);
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Request(fuzzCase, member + " twice", out.toByteArray());
    }

    @SuppressWarnings("unchecked")
    private String mutateMember(Case fuzzCase, Shape input, Map<String, Object> body, Random random) {
        // Walk to the container of the last path element, keeping track of the shapes.
        Object container = body;
        Shape containerShape = input;
        List<String> path = fuzzCase.path();
        for (int i = 0; i < path.size() - 1; i++) {
            String step = path.get(i);
            if (step.equals("[]")) {
                container = ((List<Object>) container).get(0);
                containerShape = model.shape(containerShape.member());
            } else if (step.equals("{}")) {
                container =
                        ((Map<String, Object>) container).values().iterator().next();
                containerShape = model.shape(containerShape.value());
            } else {
                container = ((Map<String, Object>) container).get(step);
                containerShape = model.shape(containerShape.members().get(step));
            }
        }
        String last = path.get(path.size() - 1);
        Shape shape = model.shape(
                last.equals("[]")
                        ? containerShape.member()
                        : last.equals("{}")
                                ? containerShape.value()
                                : containerShape.members().get(last));
        if (fuzzCase.kind() == Kind.MISSING_REQUIRED) {
            ((Map<String, Object>) container).remove(last);
            return "without " + last;
        }
        Object current = last.equals("[]")
                ? ((List<Object>) container).get(0)
                : last.equals("{}")
                        ? ((Map<String, Object>) container).values().iterator().next()
                        : ((Map<String, Object>) container).get(last);
        Object broken = broken(fuzzCase.kind(), shape, last, current, random);
        if (last.equals("[]")) {
            ((List<Object>) container).set(0, broken);
        } else if (last.equals("{}")) {
            Map<String, Object> map = (Map<String, Object>) container;
            map.put(map.keySet().iterator().next(), broken);
        } else {
            ((Map<String, Object>) container).put(last, broken);
        }
        return describe(broken);
    }

    private Object broken(Kind kind, Shape shape, String member, @Nullable Object current, Random random) {
        long min = shape.min() == null ? 0 : shape.min();
        long max = shape.max() == null ? 0 : shape.max();
        return switch (kind) {
            case WRONG_TYPE -> wrongType(shape, member, random);
            case BELOW_MIN -> pick(List.of(min - 1, min - 1000), random);
            case ABOVE_MAX -> pick(List.<Object>of(max + 1, new BigInteger("99999999999999999999"), 1.5e300), random);
            case ENUM ->
                pick(
                        List.of(
                                "not-" + shape.enumValues().get(0),
                                shape.enumValues().get(0).toUpperCase(),
                                ""),
                        random);
            case INVALID_BASE64 -> pick(List.of("not base64!", "QUJD=", "A", "====", "QU*D"), random);
            case PATTERN -> patternBreaker(shape, random);
            case TOO_SHORT ->
                switch (shape.type()) {
                    case "list" -> new ArrayList<>();
                    case "blob" -> "";
                    default -> text(shape, (int) min - 1, random);
                };
            case TOO_LONG ->
                switch (shape.type()) {
                    case "list" -> {
                        List<Object> list = new ArrayList<>();
                        Object element = current instanceof List<?> l && !l.isEmpty() ? l.get(0) : "x";
                        for (long i = 0; i <= max; i++) {
                            list.add(element);
                        }
                        yield list;
                    }
                    case "blob" -> Base64.getEncoder().encodeToString(canaryBytes((int) max + 1));
                    default -> text(shape, (int) max + 1, random);
                };
            default -> throw new IllegalArgumentException(kind + " " + member);
        };
    }

    private Object wrongType(Shape shape, String member, Random random) {
        // Only the value members carry the canary: a wrong type there must not show it anywhere either.
        String text = member.equals("SecretString") || member.equals("SecretBinary") ? canary : "x";
        List<Object> choices =
                switch (shape.type()) {
                    case "string", "blob" -> List.of(42, true, Map.of(), List.of(text), Map.of("S", text), 1.5);
                    case "integer", "long" -> List.of("7", true, Map.of(), List.of(7), 7.5);
                    case "boolean" -> List.of("true", 1, Map.of(), List.of(true));
                    case "list" -> List.of("x", 1, Map.of("a", "b"), false);
                    case "map", "structure" -> List.of("x", 1, List.of(Map.of()), true);
                    default -> List.of("x", 1, List.of(), false);
                };
        return random.nextInt(8) == 0 ? new Raw("null") : pick(choices, random);
    }

    private Object patternBreaker(Shape shape, Random random) {
        Pattern pattern = Pattern.compile(shape.pattern());
        long min = shape.min() == null ? 1 : Math.max(1, shape.min());
        for (String bad : List.of("!*#", " ", "\u00e9", "\n", "<>", "\u0000")) {
            StringBuilder text = new StringBuilder(bad);
            while (text.length() < min) {
                text.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
            }
            if (!pattern.matcher(text).find()) {
                return text.toString();
            }
        }
        return "!*#";
    }

    private Map<String, Object> structure(
            Shape shape, @Nullable String memberName, List<String> forced, Pool pool, Random random) {
        Map<String, Object> body = new LinkedHashMap<>();
        String forcedHere = forced.isEmpty() ? null : forced.get(0);
        shape.members().forEach((member, target) -> {
            boolean include = shape.required().contains(member)
                    || member.equals(forcedHere)
                    || member.equals("ClientRequestToken")
                    || random.nextInt(100) < optionalChance(member);
            if (include) {
                List<String> rest = member.equals(forcedHere) ? forced.subList(1, forced.size()) : List.of();
                body.put(member, value(model.shape(target), member, rest, pool, random));
            }
        });
        return body;
    }

    private static int optionalChance(String member) {
        return switch (member) {
            case "SecretString" -> 55;
            case "SecretBinary" -> 20;
            case "ForceDeleteWithoutRecovery",
                    "KmsKeyId",
                    "RotationLambdaARN",
                    "ExternalSecretRotationRoleArn",
                    "ExternalSecretRotationMetadata",
                    "Type",
                    "NextToken" -> 10;
            default -> 35;
        };
    }

    private Object value(Shape shape, String member, List<String> forced, Pool pool, Random random) {
        return switch (shape.type()) {
            case "structure" -> structure(shape, member, forced, pool, random);
            case "list" -> {
                Shape element = model.shape(shape.member());
                int low = (int) Math.max(1, shape.min() == null ? 1 : shape.min());
                int high = (int) Math.min(3, shape.max() == null ? 3 : shape.max());
                int size = low + random.nextInt(Math.max(1, high - low + 1));
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    List<String> rest = i == 0 && !forced.isEmpty() ? forced.subList(1, forced.size()) : List.of();
                    list.add(value(element, member, rest, pool, random));
                }
                yield list;
            }
            case "map" -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put(
                        "k" + random.nextInt(100),
                        value(
                                model.shape(shape.value()),
                                member,
                                forced.isEmpty() ? List.of() : forced.subList(1, forced.size()),
                                pool,
                                random));
                yield map;
            }
            case "boolean" ->
                member.equals("ForceDeleteWithoutRecovery") ? random.nextInt(4) == 0 : random.nextBoolean();
            case "integer", "long" -> number(shape, random);
            case "blob" -> Base64.getEncoder().encodeToString(canaryBytes(canary.length() + random.nextInt(8)));
            case "timestamp" -> 1_700_000_000L + random.nextInt(1_000_000);
            default -> string(shape, pool, random);
        };
    }

    private long number(Shape shape, Random random) {
        return switch (shape.name()) {
            case "RecoveryWindowInDaysType" -> 7 + random.nextInt(24);
            case "PasswordLengthType" -> 1 + random.nextInt(64);
            case "AutomaticallyRotateAfterDaysType" -> 1 + random.nextInt(365);
            default -> {
                long min = shape.min() == null ? 1 : shape.min();
                long max = shape.max() == null ? min + 50 : Math.min(shape.max(), min + 50);
                yield min + random.nextInt((int) (max - min + 1));
            }
        };
    }

    private String string(Shape shape, Pool pool, Random random) {
        if (!shape.enumValues().isEmpty()) {
            return pick(shape.enumValues(), random);
        }
        return switch (shape.name()) {
            case "SecretIdType" -> pool.secretId(random);
            case "NameType" -> pool.newName(random);
            case "SecretStringType" -> canary + "-" + random.nextInt(1000);
            case "ClientRequestTokenType", "RotationTokenType" ->
                UUID.randomUUID().toString();
            case "SecretVersionIdType" -> pool.versionId(random);
            case "SecretVersionStageType" -> pick(STAGES, random);
            case "NonEmptyResourcePolicyType" -> POLICY;
            case "RegionType" -> pick(REGIONS, random);
            case "KmsKeyIdType" -> "alias/aws/secretsmanager";
            case "RotationLambdaARNType" -> "arn:aws:lambda:us-east-1:123456789012:function:fuzz-rotation";
            case "RoleARNType" -> "arn:aws:iam::123456789012:role/fuzz-rotation";
            case "ScheduleExpressionType" ->
                pick(List.of("rate(10 days)", "rate(4 hours)", "cron(0 8 1 * ? *)"), random);
            case "DurationType" -> pick(List.of("2h", "3h"), random);
            case "FilterValueStringType" -> pick(List.of("pool", "fz", "!pool", "AWS"), random);
            default -> text(shape, -1, random);
        };
    }

    /** Text of the given length (or a length within the shape's bounds when negative) that matches its pattern where one is easy. */
    private String text(Shape shape, int length, Random random) {
        if (length < 0) {
            long min = shape.min() == null ? 1 : Math.max(1, shape.min());
            long max = shape.max() == null ? min + 12 : Math.min(shape.max(), min + 12);
            length = (int) (min + random.nextInt((int) (max - min + 1)));
        }
        if (shape.name().equals("SecretStringType")) {
            return (canary + "x".repeat(Math.max(0, length))).substring(0, Math.max(0, length));
        }
        if (shape.name().equals("RegionType") && length > 0) {
            String region = "eu-west-1";
            return length <= region.length() ? region.substring(0, length) : "a".repeat(length - 2) + "-1";
        }
        StringBuilder text = new StringBuilder(Math.max(0, length));
        for (int i = 0; i < length; i++) {
            text.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return text.toString();
    }

    private byte[] canaryBytes(int length) {
        byte[] bytes = new byte[length];
        byte[] prefix = bytes(canary);
        for (int i = 0; i < length; i++) {
            bytes[i] = i < prefix.length ? prefix[i] : (byte) ('a' + i % 26);
        }
        return bytes;
    }

    private byte[] serialize(Map<String, Object> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = json.createGenerator(out)) {
            writeValue(generator, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String write(Map<String, Object> body) {
        return new String(serialize(body), StandardCharsets.UTF_8);
    }

    private static void writeValue(JsonGenerator generator, @Nullable Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName((String) entry.getKey());
                writeValue(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                writeValue(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof BigInteger big) {
            generator.writeNumber(big);
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof Number number) {
            generator.writeNumber(number.longValue());
        } else if (value instanceof Raw raw) {
            generator.writeRawValue(raw.json());
        } else {
            generator.writeNull();
        }
    }

    private static String describe(Object value) {
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        if (value instanceof String s && s.length() > 40) {
            text = "string of " + s.length() + " chars";
        } else if (value instanceof List<?> l && text.length() > 40) {
            text = "list of " + l.size();
        }
        return text;
    }

    private static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static List<String> append(List<String> path, String step) {
        List<String> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static byte[] replace(byte[] body, byte[] marker, byte[] replacement) {
        String latin = new String(body, StandardCharsets.ISO_8859_1);
        int at = latin.indexOf(new String(marker, StandardCharsets.ISO_8859_1));
        return concat(
                concat(java.util.Arrays.copyOf(body, at), replacement),
                java.util.Arrays.copyOfRange(body, at + marker.length, body.length));
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02X ", b));
        }
        return text.toString().trim();
    }

    /** JSON text written as is. */
    private record Raw(String json) {
        @Override
        public String toString() {
            return json.length() > 40 ? "raw JSON of " + json.length() + " chars" : json;
        }
    }
}
