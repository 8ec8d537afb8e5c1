package dev.notegraph.importer.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Hand labels for a set of notes (see the gold file's header for the rules).
 *
 * @param concepts each concept's accepted forms
 * @param prerequisites [before, after] pairs
 * @param contrasts pairs that should share a direct CONTRASTS_WITH edge
 * @param related [concept, expected among its top 10]
 * @param noise forms that must not be concepts
 */
public record GoldStandard(
        List<Label> concepts,
        List<Label> prerequisites,
        List<Label> contrasts,
        List<Label> related,
        List<String> noise) {

    /**
     * One labelled item.
     *
     * @param names a concept's forms, or a pair's two names
     * @param file the note it was labelled on (relative to the notes folder), when the gold file says
     */
    public record Label(List<String> names, Optional<String> file) {

        String first() {
            return names.get(0);
        }

        String second() {
            return names.get(1);
        }
    }

    /** Loads a gold YAML file. */
    public static GoldStandard load(Path file) {
        Map<String, Object> root = yaml(file);
        return new GoldStandard(
                labels(root, "concepts", "forms"),
                labels(root, "prerequisites", "pair"),
                labels(root, "contrasts", "pair"),
                labels(root, "related", "pair"),
                labels(root, "noise", "form").stream().map(Label::first).toList());
    }

    /** The notes folder the gold file names ({@code notes: DIR}, relative to the file), if it names one. */
    public static Optional<Path> notesFolder(Path file) {
        Map<String, Object> root = yaml(file);
        return Optional.ofNullable(root == null ? null : root.get("notes"))
                .map(String::valueOf)
                .map(dir -> file.toAbsolutePath().getParent().resolve(dir).normalize());
    }

    /**
     * The labels made on these notes only; a label that names no file belongs to every part. Noise forms are
     * kept: they must not come back from any part of the notes.
     */
    GoldStandard restrictedTo(Collection<String> files) {
        return new GoldStandard(
                within(concepts, files),
                within(prerequisites, files),
                within(contrasts, files),
                within(related, files),
                noise);
    }

    private static List<Label> within(List<Label> labels, Collection<String> files) {
        return labels.stream()
                .filter(l -> l.file().map(files::contains).orElse(true))
                .toList();
    }

    private static Map<String, Object> yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Label> labels(Map<String, Object> root, String section, String field) {
        var items = (List<Map<String, Object>>) root.getOrDefault(section, List.of());
        return items.stream()
                .map(item -> new Label(
                        item.get(field) instanceof List<?> list
                                ? list.stream().map(String::valueOf).toList()
                                : List.of(String.valueOf(item.get(field))),
                        Optional.ofNullable(item.get("file")).map(String::valueOf)))
                .toList();
    }
}
