package io.github.mocksecretsmanager.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mocksecretsmanager.SeedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * docs/seed-file.md, "Errors": secrets/seed-file-errors.txt, the block of messages that page shows,
 * holds what {@link SeedFile} really says about secrets/seeds.json with one mistake in it, line by line.
 */
class SeedFileErrorsDocsTest {

    private static final Path SEEDS = Path.of("src/test/resources/secrets/seeds.json");
    private static final Path MESSAGES = Path.of("src/test/resources/secrets/seed-file-errors.txt");

    @Test
    void theMessagesOnThePageAreTheRealOnes() throws IOException {
        String good = Files.readString(SEEDS, StandardCharsets.UTF_8);
        assertThat(SeedFile.parse(good, "seeds.json")).hasSize(3);

        List<ThrowingCallable> mistakes = new ArrayList<>();
        for (String[] change : new String[][] {
            {"\"AAECAw==\"", "\"AAECAw=!\""}, // not Base64
            {"\"value\": {", "\"vaule\": {"}, // a typo in a member's name
            {"\"plain text\"}", "\"plain text\", \"base64\": \"AAEC\"}"}, // both
            {",    \"value\": \"plain text\"", ""}, // neither
            {"\"value\": \"plain text\"", "\"value\": null"},
            {"\"name\": \"api/key\",    ", ""}, // no name
            {"\"api/key\"", "\"\""},
            {"\"api/key\"", "42"},
            {"\"tls/cert\"", "\"api/key\""}, // a name twice
            {"\"plain text\"},", "\"plain text\"}"}, // a comma missing
            {"]\n", ""}, // the end missing
            {"]\n", "]\n]\n"}, // one ] too many
        }) {
            assertThat(good).contains(change[0]);
            String bad = good.replace(change[0], change[1]);
            mistakes.add(() -> SeedFile.parse(bad, "seeds.json"));
        }
        mistakes.add(() -> SeedFile.parse("{\"api/key\": \"plain text\"}\n", "seeds.json"));
        mistakes.add(() -> SeedFile.parse("", "seeds.json"));
        mistakes.add(() -> SeedFile.read(Path.of("seeds.json"))); // none in the docs module
        mistakes.add(() -> SeedFile.parse(
                new ByteArrayInputStream("[{\"name\": \"café\"}]".getBytes(StandardCharsets.ISO_8859_1)),
                "seeds.json"));

        List<String> messages = new ArrayList<>();
        for (ThrowingCallable mistake : mistakes) {
            Throwable thrown = catchThrowable(mistake);
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
            messages.add(thrown.getMessage());
        }
        assertThat(messages)
                .as("%s, the messages docs/seed-file.md shows", MESSAGES)
                .isEqualTo(Files.readAllLines(MESSAGES, StandardCharsets.UTF_8));
    }
}
