package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.source.NoteSource;
import dev.notegraph.schema.Normalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/** The small notes under {@code /notes} in the test resources, as the reader would hand them over. */
final class NoteFixtures {

    private NoteFixtures() {}

    static NoteSource note(String name) {
        try (var in = NoteFixtures.class.getResourceAsStream("/notes/" + name)) {
            var bytes = Objects.requireNonNull(in, name).readAllBytes();
            return new NoteSource(name, new String(bytes, StandardCharsets.UTF_8), "sha-" + name, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The concept named or aliased by this form, as search would find it. */
    static Optional<ConceptNode> concept(KnowledgeGraph graph, String form) {
        var key = Normalizer.key(form);
        return graph.concepts().stream()
                .filter(c -> Normalizer.key(c.name()).equals(key)
                        || c.aliases().stream().anyMatch(a -> Normalizer.key(a).equals(key)))
                .findFirst();
    }
}
