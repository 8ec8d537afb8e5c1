package dev.notegraph.importer.corrections;

import dev.notegraph.schema.Normalizer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The corrections file as read: every entry in file order, each a correction or, when it says nothing usable, kept
 * as written with the reason, so a rewrite never loses it. A file that is no YAML at all, or not shaped like a
 * corrections file, has an {@link #error()} and no entries; it must then never be written over.
 *
 * <pre>
 * corrections:
 *   - id: 3f2a9c0b1d4e
 *     kind: not-a-concept
 *     concept: 引用计数
 *   - kind: same-concept
 *     concepts: [GIL, 全局解释器锁]
 *   - kind: not-prerequisite
 *     from: TCP
 *     to: TIME-WAIT
 * </pre>
 *
 * @param path where it was read from
 * @param entries every entry, in file order
 * @param error why the file as a whole could not be read, if it could not
 */
public record CorrectionsFile(Path path, List<Entry> entries, Optional<String> error) {

    static final String HEADER =
            """
            # notegraph corrections: what the learner says the extractor got wrong. Every import applies them
            # before the graph is written. Edit freely (the explorer rewrites this file when a correction is made
            # or taken back, keeping every entry but not other comments). Concepts are named as the explorer
            # shows them (name, id or any alias). Kinds:
            #   - {kind: not-a-concept, concept: NAME}
            #   - {kind: same-concept, concepts: [NAME, OTHER]}   OTHER becomes an alias of NAME
            #   - {kind: not-prerequisite, from: NAME, to: NAME}
            #   - {kind: prerequisite, from: NAME, to: NAME}      study from before to
            """;

    /**
     * One entry of the file.
     *
     * @param correction what it says, when it says something usable
     * @param raw the entry as written
     * @param problem why it is not applied, when it is not
     */
    public record Entry(Optional<Correction> correction, Object raw, Optional<String> problem) {

        /** The entry's id: the correction's, or the one written in an unusable entry. */
        Optional<String> id() {
            if (correction.isPresent()) {
                return Optional.of(correction.get().id());
            }
            return raw instanceof Map<?, ?> map && map.get("id") != null
                    ? Optional.of(String.valueOf(map.get("id")))
                    : Optional.empty();
        }
    }

    public CorrectionsFile {
        entries = List.copyOf(entries);
    }

    /** No file, or an empty one. */
    public static CorrectionsFile empty(Path path) {
        return new CorrectionsFile(path, List.of(), Optional.empty());
    }

    /** A file that could not be read; it holds what it held, which nobody may write over. */
    public static CorrectionsFile broken(Path path, String reason) {
        return new CorrectionsFile(path, List.of(), Optional.of(reason));
    }

    /** The corrections to apply: none when the file is broken. */
    public List<Correction> corrections() {
        return entries.stream().flatMap(e -> e.correction().stream()).toList();
    }

    /** One line per entry that is not applied because it says nothing usable. */
    public List<String> problems() {
        var out = new ArrayList<String>();
        for (int i = 0; i < entries.size(); i++) {
            var index = i + 1;
            entries.get(i).problem().ifPresent(p -> out.add("entry " + index + ": " + p));
        }
        return out;
    }

    /** The valid correction with that id. */
    public Optional<Correction> find(String id) {
        return corrections().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Reads the text of a corrections file; never throws. */
    public static CorrectionsFile parse(Path path, String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            return broken(path, "not valid YAML: " + oneLine(e.getMessage()));
        }
        Object list;
        if (root == null) {
            return empty(path);
        } else if (root instanceof Map<?, ?> map) {
            if (!map.containsKey("corrections")) {
                return broken(path, "no 'corrections:' list at the top");
            }
            list = map.get("corrections");
        } else if (root instanceof List<?>) {
            list = root;
        } else {
            return broken(path, "expected a 'corrections:' list, found " + describe(root));
        }
        if (list == null) {
            return empty(path);
        }
        if (!(list instanceof List<?> items)) {
            return broken(path, "'corrections' must be a list, found " + describe(list));
        }
        var entries = new ArrayList<Entry>();
        var ids = new HashSet<String>();
        for (var item : items) {
            var entry = entry(item);
            var id = entry.id();
            if (entry.correction().isPresent() && id.isPresent() && !ids.add(id.get())) {
                entry = new Entry(Optional.empty(), item, Optional.of("duplicate id " + id.get()));
            }
            entries.add(entry);
        }
        return new CorrectionsFile(path, entries, Optional.empty());
    }

    private static Entry entry(Object item) {
        if (!(item instanceof Map<?, ?> map)) {
            return invalid(item, "not a map with a kind, found " + describe(item));
        }
        var kindText = scalar(map.get("kind"));
        if (kindText.isEmpty()) {
            return invalid(item, "no kind (one of " + String.join(", ", CorrectionKind.labels()) + ")");
        }
        var kind = CorrectionKind.parse(kindText.get());
        if (kind.isEmpty()) {
            return invalid(
                    item,
                    "unknown kind '" + kindText.get() + "' (one of " + String.join(", ", CorrectionKind.labels())
                            + ")");
        }
        var concepts = new ArrayList<String>();
        if (kind.get() == CorrectionKind.SAME_CONCEPT) {
            if (!(map.get("concepts") instanceof List<?> names) || names.size() != 2) {
                return invalid(item, "same-concept needs 'concepts: [NAME, OTHER]'");
            }
            for (var name : names) {
                var text = scalar(name);
                if (text.isEmpty()) {
                    return invalid(item, "same-concept needs two concept names");
                }
                concepts.add(text.get());
            }
        } else {
            for (var field : kind.get().fields()) {
                var text = scalar(map.get(field));
                if (text.isEmpty()) {
                    return invalid(item, kind.get().label() + " needs '" + field + ": NAME'");
                }
                concepts.add(text.get());
            }
        }
        if (concepts.size() == 2 && Normalizer.key(concepts.get(0)).equals(Normalizer.key(concepts.get(1)))) {
            return invalid(item, kind.get().label() + " names the same concept twice");
        }
        var id = scalar(map.get("id")).orElseGet(() -> Correction.idOf(kind.get(), concepts));
        return new Entry(
                Optional.of(new Correction(id, kind.get(), concepts, created(map.get("created")))),
                item,
                Optional.empty());
    }

    private static Entry invalid(Object item, String problem) {
        return new Entry(Optional.empty(), item, Optional.of(problem));
    }

    private static Optional<String> scalar(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            var text = String.valueOf(value).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        return Optional.empty();
    }

    private static Optional<Instant> created(Object value) {
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (value instanceof String text) {
            try {
                return Optional.of(Instant.parse(text.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The file's text for these entries: the header, then every entry, usable or not, in order. */
    public static String render(List<Entry> entries) {
        var items = new ArrayList<Object>();
        for (var entry : entries) {
            items.add(written(entry));
        }
        var root = new LinkedHashMap<String, Object>();
        root.put("corrections", items);
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        var yaml = new Yaml(new Representer(options), options);
        return HEADER + yaml.dump(root);
    }

    /** An entry as written, fields the explorer does not know included; a usable one gets its id first. */
    private static Object written(Entry entry) {
        if (entry.correction().isEmpty()) {
            return entry.raw();
        }
        if (!(entry.raw() instanceof Map<?, ?> raw)) {
            return entry.correction().get().asMap();
        }
        var out = new LinkedHashMap<Object, Object>();
        if (!raw.containsKey("id")) {
            out.put("id", entry.correction().get().id());
        }
        out.putAll(raw);
        return out;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a map";
        }
        return "'" + value + "'";
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : message.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
