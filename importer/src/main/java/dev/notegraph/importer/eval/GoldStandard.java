package dev.notegraph.importer.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        List<List<String>> concepts,
        List<List<String>> prerequisites,
        List<List<String>> contrasts,
        List<List<String>> related,
        List<String> noise) {

    /** Loads a gold YAML file. */
    public static GoldStandard load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return new GoldStandard(
                    lists(root, "concepts", "forms"),
                    lists(root, "prerequisites", "pair"),
                    lists(root, "contrasts", "pair"),
                    lists(root, "related", "pair"),
                    lists(root, "noise", "form").stream().map(l -> l.get(0)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The notes folder the gold file names ({@code notes: DIR}, relative to the file), if it names one. */
    public static Optional<Path> notesFolder(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return Optional.ofNullable(root == null ? null : root.get("notes"))
                    .map(String::valueOf)
                    .map(dir -> file.toAbsolutePath().getParent().resolve(dir).normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> lists(Map<String, Object> root, String section, String field) {
        var items = (List<Map<String, Object>>) root.getOrDefault(section, List.of());
        return items.stream()
                .map(item -> item.get(field))
                .map(value -> value instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList()
                        : List.of(String.valueOf(value)))
                .toList();
    }
}
