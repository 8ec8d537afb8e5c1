package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.source.NoteSource;
import dev.notegraph.schema.Normalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Terms come from how a note marks and defines them, not from the bundled lexicon. */
class TermEvidenceTests {

    private static KnowledgeGraph graph;

    @BeforeAll
    static void analyze() throws IOException {
        try (var in = TermEvidenceTests.class.getResourceAsStream("/notes/definitions-fixture.md")) {
            var bytes = Objects.requireNonNull(in).readAllBytes();
            var note = new NoteSource("definitions.md", new String(bytes, StandardCharsets.UTF_8), "sha", bytes.length);
            graph = new MarkdownNotesAnalyzer(Lexicon.of(List.of()))
                    .analyze(List.of(note))
                    .graph();
        }
    }

    private static Optional<ConceptNode> concept(String form) {
        var key = Normalizer.key(form);
        return graph.concepts().stream()
                .filter(c -> Normalizer.key(c.name()).equals(key)
                        || c.aliases().stream().anyMatch(a -> Normalizer.key(a).equals(key)))
                .findFirst();
    }

    @Test
    void shouldMakeAConceptOfEveryTermTheNoteDefines() {
        assertThat(concept("令牌桶算法")).isPresent();
        assertThat(concept("时间轮")).isPresent();
        assertThat(concept("倒排索引")).isPresent();
    }

    @Test
    void shouldTrustAMarkedTermOverTheTaggersGuess() {
        // the tagger reads 满二叉树 as 满/a 二/m 叉/n 树/v; a heading and a bold word say it is a term
        assertThat(concept("满二叉树")).isPresent();
    }

    @Test
    void shouldNotMakeConceptsOfLabelsAndClauses() {
        assertThat(concept("举个例子")).isEmpty();
        assertThat(concept("非常重要")).isEmpty();
        assertThat(concept("常见问题")).isEmpty();
    }
}
