package io.github.mocksecretsmanager.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Markdown honest: every code block after a {@code <!-- snippet: path#tag -->} marker
 * equals the tagged region of that source, every Java or Kotlin block has such a marker (so no
 * uncompiled snippet exists), every {@code <version>} of this project's artifacts and every tag of
 * its images that starts with a digit ({@code -localstack} allowed after the version) is the
 * project's version, and
 * every relative link leads to a file and heading that exist.
 *
 * <p>With {@code -Dsnippets.update=true} it rewrites blocks and versions in place instead of
 * failing (see CONTRIBUTING.md, "Documentation").
 */
class SnippetsTest {

    static final String UPDATE_COMMAND = "mvn -B test -pl docs -am -Dtest=SnippetsTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dsnippets.update=true";

    private static final Set<String> LANGUAGES_NEEDING_A_SOURCE = Set.of("java", "kotlin", "kt");
    private static final Pattern OUR_GROUP_ID =
            Pattern.compile("<groupId>\\s*io\\.github\\.mocksecretsmanager\\s*</groupId>");
    private static final Pattern END_OF_COORDINATES = Pattern.compile("</dependency>|</plugin>|</parent>|<groupId>");
    private static final Pattern VERSION = Pattern.compile("<version>\\s*([^<\\s]*)\\s*</version>");
    private static final Pattern GRADLE_COORDINATES =
            Pattern.compile("io\\.github\\.mocksecretsmanager:([A-Za-z0-9_.-]+):([A-Za-z0-9_.${}-]+)");
    /** This project's images with a version as the tag (placeholders such as {@code <version>} and {@code latest} are left alone). */
    private static final Pattern IMAGE_TAG = Pattern.compile(
            "(?<![\\w./-])((?:ghcr\\.io/mocksecretsmanager/)?mock-secrets-manager(?:-base)?):(\\d[\\w.-]*)");

    private static final String LOCALSTACK_SUFFIX = "-localstack";
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:|^//");

    private final Path root = repositoryRoot();
    private final boolean update = Boolean.parseBoolean(System.getProperty("snippets.update", "false"));

    @Test
    void everyMarkedBlockEqualsItsSource() {
        List<String> problems = new ArrayList<>();
        for (MarkdownFile file : markdownFiles()) {
            problems.addAll(file.parseProblems());
            boolean changed = false;
            // Markers are found again after each rewrite: a rewritten block moves the lines after it.
            for (int index = 0; index < file.markers().size(); index++) {
                MarkdownFile.Marker marker = file.markers().get(index);
                if (marker.block().isEmpty()) {
                    problems.add(file.at(marker.line()) + ": the snippet marker for " + marker.source()
                            + " must be directly followed by a fenced code block (```).");
                    continue;
                }
                List<String> expected;
                try {
                    expected = SnippetSource.lines(root, marker.source());
                } catch (IllegalArgumentException e) {
                    problems.add(file.at(marker.line()) + ": " + e.getMessage() + ".");
                    continue;
                }
                MarkdownFile.Fence block = marker.block().orElseThrow();
                List<String> actual = block.content(file.lines());
                if (actual.equals(expected)) {
                    continue;
                }
                if (update) {
                    file.replaceContent(block, expected);
                    changed = true;
                    continue;
                }
                problems.add(difference(file, block, marker.source(), actual, expected) + ".");
            }
            if (changed) {
                file.write();
                System.out.println("[snippets] updated the snippets of " + root.relativize(file.path()));
            }
        }
        failIfAny(
                "Code blocks that differ from their source",
                problems,
                "Edit the source (and its test), not the Markdown; then copy the sources into the Markdown with\n  "
                        + UPDATE_COMMAND);
    }

    @Test
    void everyJavaOrKotlinBlockHasASource() {
        List<String> problems = new ArrayList<>();
        for (MarkdownFile file : markdownFiles()) {
            for (MarkdownFile.Fence fence : file.fences()) {
                if (LANGUAGES_NEEDING_A_SOURCE.contains(fence.info())
                        && file.markerBefore(fence).isEmpty()) {
                    problems.add(file.at(fence.open()) + ": a ```" + fence.info()
                            + " block without a snippet marker on the line before it.");
                }
            }
        }
        failIfAny(
                "Java or Kotlin blocks that are not taken from compiled code",
                problems,
                "Put the code in a test that compiles and runs (docs/src/test/java/io/github/mocksecretsmanager/docs/,"
                        + " or an example), between `// tag::NAME[]` and `// end::NAME[]` lines; write\n"
                        + "  <!-- snippet: PATH/FROM/THE/ROOT#NAME -->\n  on the line before the block; then run\n  "
                        + UPDATE_COMMAND);
    }

    @Test
    void versionsOfThisProjectsArtifactsAreTheProjectVersion() {
        String version = projectVersion();
        List<String> problems = new ArrayList<>();
        for (MarkdownFile file : markdownFiles()) {
            boolean changed = false;
            List<String> lines = file.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (!OUR_GROUP_ID.matcher(lines.get(i)).find()) {
                    continue;
                }
                int versionLine = -1;
                Matcher versionMatcher = null;
                for (int j = i; j < lines.size(); j++) {
                    String line = j == i ? lines.get(j).substring(endOfGroupId(lines.get(j))) : lines.get(j);
                    Matcher matcher = VERSION.matcher(line);
                    if (matcher.find()) {
                        versionLine = j;
                        versionMatcher = matcher;
                        break;
                    }
                    if (END_OF_COORDINATES.matcher(line).find()) {
                        break;
                    }
                }
                if (versionLine < 0) {
                    problems.add(file.at(i) + ": this io.github.mocksecretsmanager artifact has no <version>"
                            + " (write <version>" + version + "</version>).");
                    continue;
                }
                String found = versionMatcher.group(1);
                if (found.equals(version)) {
                    continue;
                }
                if (update) {
                    file.setLine(versionLine, lines.get(versionLine).replace(">" + found + "<", ">" + version + "<"));
                    changed = true;
                } else {
                    problems.add(file.at(versionLine) + ": <version>" + found + "</version> of an"
                            + " io.github.mocksecretsmanager artifact.");
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = GRADLE_COORDINATES.matcher(lines.get(i));
                while (matcher.find()) {
                    String found = matcher.group(2);
                    if (found.equals(version)) {
                        continue;
                    }
                    if (update) {
                        file.setLine(
                                i,
                                lines.get(i)
                                        .replace(
                                                matcher.group(),
                                                "io.github.mocksecretsmanager:" + matcher.group(1) + ":" + version));
                        changed = true;
                    } else {
                        problems.add(file.at(i) + ": " + matcher.group() + ".");
                    }
                }
            }
            if (changed) {
                file.write();
                System.out.println("[snippets] updated the versions in " + root.relativize(file.path()));
            }
        }
        failIfAny(
                "Versions of this project's artifacts that are not the project's version, " + version,
                problems,
                "Write the project's version (never hard-code one elsewhere: say <version> in prose); the versions of"
                        + " these artifacts are rewritten by\n  " + UPDATE_COMMAND);
    }

    @Test
    void imageTagsAreTheProjectVersion() {
        String version = projectVersion();
        List<String> problems = new ArrayList<>();
        for (MarkdownFile file : markdownFiles()) {
            boolean changed = false;
            List<String> lines = file.lines();
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = IMAGE_TAG.matcher(lines.get(i));
                StringBuilder rewritten = new StringBuilder();
                boolean lineChanged = false;
                while (matcher.find()) {
                    String tag = matcher.group(2).replaceAll("\\.+$", "");
                    String suffix = tag.endsWith(LOCALSTACK_SUFFIX) ? LOCALSTACK_SUFFIX : "";
                    String tagVersion = tag.substring(0, tag.length() - suffix.length());
                    if (tagVersion.equals(version)) {
                        continue;
                    }
                    if (update) {
                        String trailingDots = matcher.group(2).substring(tag.length());
                        matcher.appendReplacement(
                                rewritten,
                                Matcher.quoteReplacement(matcher.group(1) + ":" + version + suffix + trailingDots));
                        lineChanged = true;
                    } else {
                        problems.add(file.at(i) + ": " + matcher.group(1) + ":" + tag + ".");
                    }
                }
                if (lineChanged) {
                    matcher.appendTail(rewritten);
                    file.setLine(i, rewritten.toString());
                    changed = true;
                }
            }
            if (changed) {
                file.write();
                System.out.println("[snippets] updated the image tags in " + root.relativize(file.path()));
            }
        }
        failIfAny(
                "Image tags of this project that are not the project's version, " + version,
                problems,
                "Write mock-secrets-manager:<version> in prose, or the project's version (with -localstack for the"
                        + " LocalStack variant); tags that look like a version are rewritten by\n  "
                        + UPDATE_COMMAND);
    }

    @Test
    void relativeLinksLeadToFilesAndHeadingsThatExist() {
        List<String> problems = new ArrayList<>();
        Map<Path, Set<String>> anchorsByFile = new HashMap<>();
        for (MarkdownFile file : markdownFiles()) {
            for (MarkdownFile.Link link : file.links()) {
                String target = link.target();
                if (URL_SCHEME.matcher(target).find()) {
                    continue;
                }
                int hash = target.indexOf('#');
                String pathPart =
                        URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
                String anchor = hash < 0 ? "" : target.substring(hash + 1);
                Path resolved = pathPart.isEmpty()
                        ? file.path()
                        : file.path().getParent().resolve(pathPart).normalize();
                if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                    problems.add(file.at(link.line()) + ": the link " + target + " leads to "
                            + (resolved.startsWith(root) ? root.relativize(resolved) : resolved)
                            + ", which does not exist (links are relative to the Markdown file).");
                    continue;
                }
                if (!anchor.isEmpty() && resolved.toString().endsWith(".md")) {
                    Set<String> anchors = anchorsByFile.computeIfAbsent(resolved, p -> MarkdownFile.read(
                                    p, root.relativize(p).toString())
                            .anchors());
                    if (!anchors.contains(anchor)) {
                        problems.add(file.at(link.line()) + ": the link " + target + " names the heading #" + anchor
                                + ", which " + root.relativize(resolved) + " does not have; its headings: "
                                + String.join(", ", anchors));
                    }
                }
            }
        }
        failIfAny(
                "Broken relative links",
                problems,
                "Fix the link: a path relative to the Markdown file, and #anchor as GitHub makes it from the heading"
                        + " (lower case, punctuation dropped, spaces as hyphens).");
    }

    /** README.md, CONTRIBUTING.md, CHANGELOG.md, docs/*.md, bench/README.md and examples/*\/README.md. */
    private List<MarkdownFile> markdownFiles() {
        List<Path> paths = new ArrayList<>();
        for (String name : List.of("README.md", "CONTRIBUTING.md", "CHANGELOG.md", "bench/README.md")) {
            paths.add(root.resolve(name));
        }
        paths.addAll(list(root.resolve("docs"), p -> p.getFileName().toString().endsWith(".md")));
        for (Path example : list(root.resolve("examples"), Files::isDirectory)) {
            paths.add(example.resolve("README.md"));
        }
        List<MarkdownFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                files.add(MarkdownFile.read(path, root.relativize(path).toString()));
            }
        }
        assertThat(files).as("Markdown files under " + root).isNotEmpty();
        return files;
    }

    private static List<Path> list(Path directory, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "file:line: ..." at the first line where the block and its source part. */
    private static String difference(
            MarkdownFile file, MarkdownFile.Fence block, String source, List<String> actual, List<String> expected) {
        int i = 0;
        while (i < actual.size() && i < expected.size() && actual.get(i).equals(expected.get(i))) {
            i++;
        }
        String markdownLine = i < actual.size() ? "\"" + actual.get(i).strip() + "\"" : "the end of the block";
        String sourceLine = i < expected.size() ? "\"" + expected.get(i).strip() + "\"" : "the end of the snippet";
        return file.at(block.open() + 1 + i) + ": the block differs from its source " + source
                + " here: the Markdown has " + markdownLine + " where the source has " + sourceLine;
    }

    private static int endOfGroupId(String line) {
        Matcher matcher = OUR_GROUP_ID.matcher(line);
        return matcher.find() ? matcher.end() : 0;
    }

    private static void failIfAny(String title, List<String> problems, String howToFix) {
        if (!problems.isEmpty()) {
            fail(title + " (" + problems.size() + "):\n  " + String.join("\n  ", problems) + "\nHow to fix: " + howToFix
                    + "\n");
        }
    }

    /** The repository's root: {@code msm.rootDir} (set by the pom), else the nearest parent with docs/pom.xml. */
    private static Path repositoryRoot() {
        String configured = System.getProperty("msm.rootDir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/pom.xml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository's root; set -Dmsm.rootDir");
    }

    /** {@code msm.projectVersion} (set by the pom to ${project.version}), else the root pom's version. */
    private String projectVersion() {
        String configured = System.getProperty("msm.projectVersion");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
            Matcher matcher = Pattern.compile(
                            "<artifactId>mock-secrets-manager-parent</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(pom);
            if (matcher.find()) {
                return matcher.group(1).trim();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("cannot tell the project's version; set -Dmsm.projectVersion");
    }
}
