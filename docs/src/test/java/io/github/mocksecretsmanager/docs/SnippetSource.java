package io.github.mocksecretsmanager.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code a snippet marker names: {@code path#tag}, the lines between {@code tag::tag[]} and
 * {@code end::tag[]} (in any comment syntax) of the file at {@code path} from the repository's root,
 * or the whole file without {@code #tag}. Tag lines are left out, regions with the same tag are
 * joined in order, and their common indentation is removed.
 */
final class SnippetSource {

    private static final Pattern TAG_LINE = Pattern.compile("\\b(tag|end)::([A-Za-z0-9_.-]+)\\[]");

    private SnippetSource() {}

    /** The snippet's lines; an {@link IllegalArgumentException} says what is wrong with the marker. */
    static List<String> lines(Path root, String marker) {
        int hash = marker.indexOf('#');
        String file = hash < 0 ? marker : marker.substring(0, hash);
        String tag = hash < 0 ? null : marker.substring(hash + 1);
        Path path = root.resolve(file).normalize();
        if (!path.startsWith(root) || !Files.isRegularFile(path)) {
            throw new IllegalArgumentException(
                    "the snippet's source " + file + " does not exist (the path is from the repository's root)");
        }
        List<String> source;
        try {
            source = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> region = tag == null ? source : region(source, file, tag);
        return trimBlankEnds(dedent(region));
    }

    private static List<String> region(List<String> source, String file, String tag) {
        List<String> region = new ArrayList<>();
        boolean inside = false;
        boolean found = false;
        int openedAt = -1;
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i);
            Matcher matcher = TAG_LINE.matcher(line);
            if (matcher.find()) {
                if (matcher.group(2).equals(tag)) {
                    boolean start = matcher.group(1).equals("tag");
                    if (start == inside) {
                        throw new IllegalArgumentException(file + ":" + (i + 1) + " has "
                                + (start
                                        ? "tag::" + tag + "[] inside an open region"
                                        : "end::" + tag + "[] without tag::" + tag + "[]")
                                + "; tags must alternate");
                    }
                    inside = start;
                    found = true;
                    openedAt = i;
                }
                continue; // every tag line, of this tag or another, stays out of the snippet
            }
            if (inside) {
                region.add(line);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(
                    file + " has no region tag::" + tag + "[] ... end::" + tag + "[] (in comments)");
        }
        if (inside) {
            throw new IllegalArgumentException(file + ":" + (openedAt + 1) + " opens tag::" + tag
                    + "[] and never ends it with end::" + tag + "[]");
        }
        return region;
    }

    private static List<String> dedent(List<String> lines) {
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                common = Math.min(common, line.length() - line.stripLeading().length());
            }
        }
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            result.add(line.isBlank() ? "" : line.substring(common).stripTrailing());
        }
        return result;
    }

    private static List<String> trimBlankEnds(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isEmpty()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isEmpty()) {
            to--;
        }
        return new ArrayList<>(lines.subList(from, to));
    }
}
