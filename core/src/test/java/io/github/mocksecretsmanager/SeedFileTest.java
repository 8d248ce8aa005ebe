package io.github.mocksecretsmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mocksecretsmanager.model.SecretValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SeedFileTest {

    /** Placed in every bad input; no message may contain it. Not valid Base64 (the dashes). */
    private static final String CANARY = "CANARY-" + UUID.randomUUID();

    private static final String EXPECTED_ARRAY =
            "a JSON array of secrets, [{\"name\": ..., \"value\": ...}, {\"name\": ..., \"base64\": ...}]";
    private static final String MEMBERS = "a secret has \"name\" and exactly one of \"value\" and \"base64\"";
    private static final String NOT_JSON =
            "not valid JSON here (look for a missing or extra comma, colon, quote or bracket)";

    @Test
    void valuesAreStringsJsonTextOrBase64() {
        List<SeedSecret> seeds = SeedFile.parse(
                """
                [
                  {"name": "plain", "value": "text with \\"quotes\\" and \\u00e9"},
                  {"name": "db/creds", "value": {"user": "app", "port": 5432, "tags": ["a", "b"], "ok": true}},
                  {"value": [1.50, -2e3, null, false], "name": "list"},
                  {"name": "number", "value": 42},
                  {"name": "flag", "value": false},
                  {"name": "tls/key", "base64": "AAEC/w=="},
                  {"name": "empty-text", "value": ""}
                ]
                """,
                "seeds.json");

        assertThat(seeds)
                .containsExactly(
                        SeedSecret.ofString("plain", "text with \"quotes\" and é"),
                        SeedSecret.ofString(
                                "db/creds", "{\"user\":\"app\",\"port\":5432,\"tags\":[\"a\",\"b\"],\"ok\":true}"),
                        SeedSecret.ofString("list", "[1.50,-2e3,null,false]"),
                        SeedSecret.ofString("number", "42"),
                        SeedSecret.ofString("flag", "false"),
                        SeedSecret.ofBinary("tls/key", new byte[] {0, 1, 2, (byte) 0xff}),
                        SeedSecret.ofString("empty-text", ""));
    }

    @Test
    void anEmptyArrayAndAByteOrderMarkAreFine() {
        assertThat(SeedFile.parse(" [ ] \n", "s")).isEmpty();
        assertThat(SeedFile.parse("\uFEFF[{\"name\": \"a\", \"value\": \"v\"}]", "s"))
                .containsExactly(SeedSecret.ofString("a", "v"));
    }

    /**
     * Syntax errors are placed where Jackson notices them: at an unknown token, after its first word
     * ({@code CANARY}, before the dash).
     */
    static Stream<Arguments> malformed() {
        String c = CANARY;
        return Stream.of(
                // The whole input
                bad("", "src: empty; expected " + EXPECTED_ARRAY),
                bad(" \n ", "src: empty; expected " + EXPECTED_ARRAY),
                bad(
                        "{\"db/creds\": \"" + c + "\"}",
                        "src, line 1, column 1: expected " + EXPECTED_ARRAY + ", found an object"),
                bad("\"" + c + "\"", "src, line 1, column 1: expected " + EXPECTED_ARRAY + ", found a string"),
                bad("[] \"" + c + "\"", "src, line 1, column 4: content after the closing ] of the array"),
                bad("[]\n" + c, "src, line 2, column 7: content after the closing ] of the array"),
                bad("[" + c + "]", "src, line 1, column 8: " + NOT_JSON),
                bad(
                        "[{\"name\": \"a\", \"value\": \"" + c + "\"},]",
                        "src, line 1, column " + (29 + c.length()) + ": " + NOT_JSON),
                bad(
                        "[{\"name\": \"a\", \"value\": \"" + c,
                        "src, line 1, column " + (26 + c.length()) + ": secret \"a\": the JSON ends too early"
                                + " (a closing quote, } or ] is missing)"),
                bad(
                        "[{\"name\": \"a\", \"value\": \"" + c + "\"},\n",
                        "src, line 2, column 1: the JSON ends too early (a closing quote, } or ] is missing)"),
                bad(
                        "[{\"name\": \"a\", \"value\": \"" + c + "\"}",
                        "src, line 1, column " + (28 + c.length())
                                + ": the JSON ends too early (a closing quote, } or ] is missing)"),
                // An entry
                bad(
                        "[\"" + c + "\"]",
                        "src, line 1, column 2: expected an object {\"name\": ..., \"value\" | \"base64\": ...} for"
                                + " each secret, found a string"),
                bad(
                        "[{\"name\": \"a\",\n  \"value\": " + c + "}]",
                        "src, line 2, column 18: secret \"a\": " + NOT_JSON),
                bad(
                        "[{\"name\": \"a\", \"vaule\": \"" + c + "\"}]",
                        "src, line 1, column 16: secret \"a\": unknown member \"vaule\"; " + MEMBERS),
                bad(
                        "[{\"secret\": {\"x\": \"" + c + "\"}, \"name\": \"late\"}]",
                        "src, line 1, column 3: secret \"late\": unknown member \"secret\"; " + MEMBERS),
                bad("[{\"value\": \"" + c + "\"}]", "src, line 1, column 2: no \"name\"; " + MEMBERS),
                bad(
                        "[{\"name\": 42, \"value\": \"" + c + "\"}]",
                        "src, line 1, column 11: \"name\" must be a string, found a number"),
                bad(
                        "[{\"name\": [\"" + c + "\"], \"value\": \"x\"}]",
                        "src, line 1, column 11: \"name\" must be a string, found an array"),
                bad("[{\"name\": \"\", \"value\": \"" + c + "\"}]", "src, line 1, column 11: \"name\" is empty"),
                bad(
                        "[{\"name\": \"a\", \"name\": \"b\", \"value\": \"" + c + "\"}]",
                        "src, line 1, column 16: secret \"a\": \"name\" is given twice"),
                bad(
                        "[{\"name\": \"a\", \"value\": \"" + c + "\", \"value\": \"" + c + "\"}]",
                        "src, line 1, column " + (29 + c.length()) + ": secret \"a\": \"value\" is given twice"),
                // Its value
                bad(
                        "[{\"name\": \"a\", \"value\": \"" + c + "\", \"base64\": \"AAEC\"}]",
                        "src, line 1, column 2: secret \"a\": both \"value\" and \"base64\"; give exactly one"),
                bad(
                        "[{\"name\": \"a\"}]",
                        "src, line 1, column 2: secret \"a\": no \"value\" or \"base64\"; give exactly one"),
                bad(
                        "[{\"name\": \"a\", \"value\": null}]",
                        "src, line 1, column 25: secret \"a\": \"value\" is null; give a string, or other JSON to"
                                + " store as its text"),
                bad(
                        "[{\"name\": \"a\", \"base64\": \"" + c + "\"}]",
                        "src, line 1, column 26: secret \"a\": \"base64\" is not valid Base64 (the standard"
                                + " alphabet A-Z, a-z, 0-9, + and /, = padding, no line breaks)"),
                bad(
                        "[{\"base64\": \"" + c + "\",\n  \"name\": \"late\"}]",
                        "src, line 1, column 13: secret \"late\": \"base64\" is not valid Base64 (the standard"
                                + " alphabet A-Z, a-z, 0-9, + and /, = padding, no line breaks)"),
                bad(
                        "[{\"name\": \"a\", \"base64\": {\"x\": \"" + c + "\"}}]",
                        "src, line 1, column 26: secret \"a\": \"base64\" must be a string, found an object"),
                bad(
                        "[{\"name\": \"a\", \"base64\": true}]",
                        "src, line 1, column 26: secret \"a\": \"base64\" must be a string, found a boolean"),
                // The file
                bad(
                        "[{\"name\": \"a\", \"value\": \"x\"},\n {\"name\": \"a\", \"value\": \"" + c + "\"}]",
                        "src, line 2, column 11: secret \"a\": given twice (first at line 1, column 11)"));
    }

    private static Arguments bad(String json, String message) {
        return Arguments.of(json, message);
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedInputGetsAClearMessageWithoutAnyValue(String json, String message) {
        Throwable thrown = catchThrowable(() -> SeedFile.parse(json, "src"));

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message)
                .hasNoCause();
        assertThat(thrown.getMessage()).doesNotContain(CANARY);
    }

    @Test
    void aFileIsReadAsUtf8AndNamedInMessages(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seeds.json");
        Files.writeString(file, "[{\"name\": \"ü\", \"value\": \"ünïcödé\"}]", StandardCharsets.UTF_8);
        assertThat(SeedFile.read(file)).containsExactly(SeedSecret.ofString("ü", "ünïcödé"));

        Files.writeString(file, "[\n  {\"name\": \"a\", \"base64\": \"" + CANARY + "\"}\n]");
        assertThatThrownBy(() -> SeedFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ", line 2, column 27: secret \"a\": \"base64\" is not valid Base64")
                .message()
                .doesNotContain(CANARY);
    }

    @Test
    void aFileThatCannotBeReadIsNamed(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> SeedFile.read(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> SeedFile.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(dir + ": a directory, not a seed file");

        Path latin1 = Files.write(
                dir.resolve("latin1.json"),
                ("[{\"name\": \"a\", \"value\": \"" + CANARY + "\u00e9\"}]").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SeedFile.read(latin1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(latin1 + ": not UTF-8 text");
    }

    @Test
    void aStreamIsReadToItsEnd() {
        byte[] json = "[{\"name\": \"a\", \"value\": \"v\"}]".getBytes(StandardCharsets.UTF_8);
        assertThat(SeedFile.parse(new ByteArrayInputStream(json), "stream"))
                .containsExactly(SeedSecret.ofString("a", "v"));

        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        assertThatThrownBy(() -> SeedFile.parse(failing, "stream"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("stream: cannot be read (IOException)");
        assertThatThrownBy(() -> SeedFile.parse(new ByteArrayInputStream(new byte[] {'[', (byte) 0xff, ']'}), "s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("s: not UTF-8 text");
    }

    @Test
    void theBuilderAddsAFilesSeedsInOrder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("seeds.json"),
                "[{\"name\": \"b\", \"value\": \"2\"}, {\"name\": \"c\", \"base64\": \"AA==\"}]");

        ServerConfig config = ServerConfig.builder()
                .seed("a", "1")
                .seedFile(file)
                .seeds(List.of(SeedSecret.ofString("d", "4")))
                .build();

        assertThat(config.seeds()).extracting(SeedSecret::name).containsExactly("a", "b", "c", "d");
        assertThat(config.seeds().get(2).value()).isEqualTo(SecretValue.ofBinary(new byte[] {0}));
        assertThatThrownBy(() -> ServerConfig.builder().seedFile(dir.resolve("nowhere.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere.json");
    }

    @Test
    void aNameSeededTwiceIsRejectedByNameNeverByValue() {
        ServerConfig.Builder builder = ServerConfig.builder()
                .seed("db/creds", CANARY + "-1")
                .seed("other", "x")
                .seed("db/creds", CANARY + "-2");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the secret \"db/creds\" is seeded twice; a name can be seeded only once")
                .message()
                .doesNotContain(CANARY);
    }
}
