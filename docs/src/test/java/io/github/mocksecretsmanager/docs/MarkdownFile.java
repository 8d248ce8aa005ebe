package io.github.mocksecretsmanager.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file as lines, with what the snippet checks need: fenced code blocks, snippet markers,
 * links and heading anchors. Lines are numbered from 1 in messages, from 0 in the lists.
 */
final class MarkdownFile {

    private static final Pattern FENCE_OPEN = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([^`\\s]*).*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*(\\S+?)\\s*-->\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern INLINE_LINK =
            Pattern.compile("\\[(?:[^\\]\\\\]|\\\\.)*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION =
            Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HTML_LINK = Pattern.compile("\\b(?:href|src)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    /** A fenced code block: the lines of its opening and closing fences, and the lines between. */
    record Fence(int open, int close, String indent, String info) {

        /** The block's lines with the fence's indentation taken off and trailing blanks removed. */
        List<String> content(List<String> lines) {
            List<String> content = new ArrayList<>();
            for (int i = open + 1; i < close; i++) {
                content.add(stripTrailing(unindent(lines.get(i), indent)));
            }
            return content;
        }
    }

    /** A snippet marker: its line, what it names, and the block right after it (if any). */
    record Marker(int line, String source, Optional<Fence> block) {}

    /** A link target found outside code, with its line. */
    record Link(int line, String target) {}

    private final Path path;
    private final String displayName;
    private final List<String> lines;
    private final List<Fence> fences = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private MarkdownFile(Path path, String displayName, List<String> lines) {
        this.path = path;
        this.displayName = displayName;
        this.lines = lines;
        findFences();
    }

    static MarkdownFile read(Path path, String displayName) {
        try {
            return new MarkdownFile(
                    path, displayName, new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    List<String> lines() {
        return lines;
    }

    List<Fence> fences() {
        return fences;
    }

    /** Problems found while parsing (an unclosed block), as "file:line: ..." messages. */
    List<String> parseProblems() {
        return problems;
    }

    /** "file:line" for a 0-based line index, as messages show it. */
    String at(int line) {
        return displayName + ":" + (line + 1);
    }

    /** Every snippet marker outside code blocks. */
    List<Marker> markers() {
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (insideFence(i)) {
                continue;
            }
            Matcher matcher = MARKER.matcher(lines.get(i));
            if (matcher.matches()) {
                int next = i + 1;
                Optional<Fence> block =
                        fences.stream().filter(f -> f.open() == next).findFirst();
                markers.add(new Marker(i, matcher.group(1), block));
            }
        }
        return markers;
    }

    /** The snippet marker on the line right before a block, if there is one. */
    Optional<String> markerBefore(Fence fence) {
        if (fence.open() == 0) {
            return Optional.empty();
        }
        Matcher matcher = MARKER.matcher(lines.get(fence.open() - 1));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Replaces a block's content with these lines, indented as the block is. */
    void replaceContent(Fence fence, List<String> content) {
        List<String> indented = new ArrayList<>();
        for (String line : content) {
            indented.add(line.isEmpty() ? "" : fence.indent() + line);
        }
        lines.subList(fence.open() + 1, fence.close()).clear();
        lines.addAll(fence.open() + 1, indented);
        fences.clear();
        problems.clear();
        findFences();
    }

    void setLine(int index, String line) {
        lines.set(index, line);
    }

    void write() {
        try {
            Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Link targets in the text, not in code blocks or code spans. */
    List<Link> links() {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (insideFence(i)) {
                continue;
            }
            String text = INLINE_CODE.matcher(lines.get(i)).replaceAll("");
            for (Pattern pattern : List.of(INLINE_LINK, HTML_LINK)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    links.add(new Link(i, matcher.group(1)));
                }
            }
            Matcher definition = REFERENCE_DEFINITION.matcher(text);
            if (definition.matches()) {
                links.add(new Link(i, definition.group(1)));
            }
        }
        return links;
    }

    /** The anchors GitHub makes for this file's headings, and explicit {@code <a id>} anchors. */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (insideFence(i)) {
                continue;
            }
            Matcher html = HTML_ANCHOR.matcher(lines.get(i));
            while (html.find()) {
                anchors.add(html.group(1));
            }
            Matcher heading = HEADING.matcher(lines.get(i));
            if (heading.matches()) {
                String slug = slug(heading.group(2));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        }
        return anchors;
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, each space a hyphen. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }

    private boolean insideFence(int line) {
        for (Fence fence : fences) {
            if (line >= fence.open() && line <= fence.close()) {
                return true;
            }
        }
        return false;
    }

    private void findFences() {
        int i = 0;
        while (i < lines.size()) {
            Matcher open = FENCE_OPEN.matcher(lines.get(i));
            if (!open.matches()) {
                i++;
                continue;
            }
            String indent = open.group(1);
            String fence = open.group(2);
            int close = i + 1;
            while (close < lines.size() && !closes(lines.get(close), fence)) {
                close++;
            }
            if (close == lines.size()) {
                problems.add(at(i) + ": this code block is never closed (no " + fence + " line after it).");
            }
            fences.add(new Fence(i, close, indent, open.group(3).toLowerCase(Locale.ROOT)));
            i = close + 1;
        }
    }

    private static boolean closes(String line, String fence) {
        String trimmed = line.strip();
        char mark = fence.charAt(0);
        if (trimmed.length() < fence.length()) {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (trimmed.charAt(i) != mark) {
                return false;
            }
        }
        return true;
    }

    private static String unindent(String line, String indent) {
        if (line.startsWith(indent)) {
            return line.substring(indent.length());
        }
        return line.stripLeading();
    }

    static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
