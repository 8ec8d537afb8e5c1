package dev.notegraph.importer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Language knowledge bundled as a resource a user can read and extend: one entry per line, tab-separated
 * fields, {@code #} starts a comment line.
 */
final class WordList {

    private WordList() {}

    /** The rows of a resource beside this class, each split at tabs. */
    static List<List<String>> rows(String resource) {
        var in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var out = new ArrayList<List<String>>();
            reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> out.add(List.of(l.split("\t"))));
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The entries of one kind ({@code kind<TAB>entry} rows) as a regular-expression alternation, in file order:
     * an entry is a regular expression, most are plain words, and an earlier entry wins where two match.
     */
    static String alternation(String resource, String kind) {
        var entries = rows(resource).stream()
                .filter(r -> r.size() == 2 && r.get(0).equals(kind))
                .map(r -> r.get(1))
                .toList();
        if (entries.isEmpty()) {
            throw new IllegalStateException(resource + " has no " + kind + " entries");
        }
        return String.join("|", entries);
    }
}
