package io.github.mocksecretsmanager;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The seed file: the one format for secrets a server holds from its start, read by
 * {@link ServerConfig.Builder#seedFile(Path)}, the JUnit extension's {@code seedFile}, the
 * standalone server's {@code --seed-file}, {@code MSM_SEED_FILE} and {@code MSM_SEEDS}, and the
 * container's {@code withSeedFile}. A UTF-8 JSON array of objects:
 *
 * <pre>{@code
 * [
 *   {"name": "api/key", "value": "plain text"},
 *   {"name": "db/creds", "value": {"user": "app", "password": "..."}},
 *   {"name": "tls/key", "base64": "AAECAw=="}
 * ]
 * }</pre>
 *
 * <p>Each object has a non-empty {@code "name"} and exactly one of {@code "value"} and
 * {@code "base64"}. A {@code "value"} string becomes the {@code SecretString} as it is; any other
 * JSON {@code "value"} (an object, an array, a number, a boolean) is stored as its compact JSON
 * text, so {@code {"user": "app"}} becomes the {@code SecretString} {@code {"user":"app"}}. A
 * {@code "base64"} string becomes the {@code SecretBinary}. No other members are allowed, and no
 * name may appear twice.
 *
 * <p>A malformed file fails with an {@link IllegalArgumentException} whose message names the source,
 * the line and column, and the secret where its name is known, but never a value: the messages are
 * written here from the location alone, never taken from the JSON parser, which can quote its input.
 */
public final class SeedFile {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private SeedFile() {}

    /**
     * Reads a seed file, named in messages by its path as given.
     *
     * @throws IllegalArgumentException if the file is missing, unreadable, not UTF-8 or malformed;
     *     the message names the file
     */
    public static List<SeedSecret> read(Path file) {
        String source = file.toString();
        SeedFileErrors errors = new SeedFileErrors(source);
        if (Files.isDirectory(file)) {
            throw errors.at(null, null, "a directory, not a seed file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw errors.at(null, null, "no such file");
        } catch (AccessDeniedException e) {
            throw errors.at(null, null, "not readable (permission denied)");
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    source + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        return parse(utf8(bytes, errors), source);
    }

    /**
     * Reads a seed file from a stream, to its end; the stream is not closed.
     *
     * @param source what to call the input in messages, such as a file or resource name
     * @throws IllegalArgumentException if the input is not UTF-8 or is malformed
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static List<SeedSecret> parse(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    source + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        return parse(utf8(bytes, new SeedFileErrors(source)), source);
    }

    /**
     * Parses seed file text.
     *
     * @param source what to call the text in messages, such as a file or environment variable name
     * @throws IllegalArgumentException if the text is malformed
     */
    public static List<SeedSecret> parse(String json, String source) {
        Objects.requireNonNull(json, "json");
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json; // editors' byte order mark
        SeedFileErrors errors = new SeedFileErrors(Objects.requireNonNull(source, "source"), text.length());
        try (JsonParser parser = JSON.createParser(text)) {
            return secrets(parser, errors);
        } catch (JsonProcessingException e) {
            throw errors.syntax(e, null);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string failed", e); // a StringReader does not fail
        }
    }

    private static List<SeedSecret> secrets(JsonParser parser, SeedFileErrors errors) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw errors.at(null, null, "empty; expected " + SeedFileErrors.EXPECTED_ARRAY);
        }
        if (first != JsonToken.START_ARRAY) {
            throw errors.at(
                    parser.currentTokenLocation(),
                    null,
                    "expected " + SeedFileErrors.EXPECTED_ARRAY + ", found " + SeedFileErrors.kind(first));
        }
        List<SeedSecret> secrets = new ArrayList<>();
        Map<String, JsonLocation> seen = new HashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                throw errors.at(
                        parser.currentTokenLocation(),
                        null,
                        "expected an object {\"name\": ..., \"value\" | \"base64\": ...} for each secret, found "
                                + SeedFileErrors.kind(token));
            }
            SeedEntry entry = new SeedEntry(parser, JSON, errors);
            SeedSecret secret = entry.read();
            JsonLocation firstAt = seen.putIfAbsent(secret.name(), entry.nameLocation());
            if (firstAt != null) {
                throw errors.at(
                        entry.nameLocation(),
                        secret.name(),
                        "given twice (first at " + SeedFileErrors.position(firstAt) + ")");
            }
            secrets.add(secret);
        }
        rejectTrailingContent(parser, errors);
        return secrets;
    }

    private static void rejectTrailingContent(JsonParser parser, SeedFileErrors errors) throws IOException {
        @Nullable JsonLocation at;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            at = parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            at = e.getLocation();
        }
        throw errors.at(at, null, "content after the closing ] of the array");
    }

    private static String utf8(byte[] bytes, SeedFileErrors errors) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw errors.at(null, null, "not UTF-8 text");
        }
    }
}
