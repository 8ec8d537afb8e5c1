package dev.notegraph.importer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Common vocabulary: canonical names, their other spellings and a category. It only names and groups what the
 * notes mention; a concept never comes from the lexicon alone. Lines are {@code name<TAB>alias|alias<TAB>category};
 * users may add their own file.
 */
public final class Lexicon {

    /** One entry. */
    record Entry(String name, List<String> aliases, String category) {}

    private final List<Entry> entries;

    private Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The bundled lexicon. */
    public static Lexicon bundled() {
        var in = Lexicon.class.getResourceAsStream("lexicon.tsv");
        if (in == null) {
            return new Lexicon(List.of());
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new Lexicon(parse(reader.lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled lexicon plus a user's file in the same format. */
    public Lexicon with(Optional<Path> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        try {
            var all = new ArrayList<>(entries);
            all.addAll(parse(Files.readAllLines(extra.get(), StandardCharsets.UTF_8)));
            return new Lexicon(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lexicon of these lines, in the bundled file's format. */
    static Lexicon of(List<String> lines) {
        return new Lexicon(parse(lines));
    }

    List<Entry> entries() {
        return entries;
    }

    private static List<Entry> parse(List<String> lines) {
        var out = new ArrayList<Entry>();
        for (var line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var cols = line.split("\t");
            var aliases = cols.length > 1 && !cols[1].isBlank()
                    ? Arrays.stream(cols[1].split("\\|"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList()
                    : List.<String>of();
            out.add(new Entry(cols[0].strip(), aliases, cols.length > 2 ? cols[2].strip() : ""));
        }
        return out;
    }
}
