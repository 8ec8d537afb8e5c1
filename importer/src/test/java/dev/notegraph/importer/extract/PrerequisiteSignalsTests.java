package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.source.NoteSource;
import dev.notegraph.schema.ConceptRelation;
import dev.notegraph.schema.Normalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jgrapht.Graphs;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrerequisiteSignalsTests {

    private static KnowledgeGraph graph;

    @BeforeAll
    static void analyze() throws IOException {
        try (var in = PrerequisiteSignalsTests.class.getResourceAsStream("/notes/prerequisite-fixture.md")) {
            var bytes = Objects.requireNonNull(in).readAllBytes();
            var note = new NoteSource("prerequisite-fixture.md", new String(bytes, StandardCharsets.UTF_8), "sha", 1);
            graph = new MarkdownNotesAnalyzer().analyze(java.util.List.of(note)).graph();
        }
    }

    private static String id(String name) {
        return graph.concepts().stream()
                .filter(c -> Normalizer.key(c.name()).equals(Normalizer.key(name)))
                .map(ConceptNode::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no concept " + name));
    }

    private static Optional<ConceptEdge> prerequisite(String before, String after) {
        return graph.edges().stream()
                .filter(e -> e.type() == ConceptRelation.PREREQUISITE_OF
                        && e.source().equals(id(before))
                        && e.target().equals(id(after)))
                .findFirst();
    }

    @Test
    void shouldReadNoCueInsideAConceptsName() {
        // 依赖 in 依赖注入 is no "depends on": read as one, Dagger would depend on Kotlin
        assertThat(graph.edges()).noneMatch(e -> e.methods().contains("cue:依赖"));
    }

    @Test
    void shouldPutTheDefinitionOfALabelledLineAfterTheKindItNames() {
        var edge = prerequisite("位图", "布隆过滤器").orElseThrow();
        assertThat(edge.methods()).anyMatch(m -> m.startsWith("cue:"));
        assertThat(prerequisite("布隆过滤器", "位图")).isEmpty();
    }

    @Test
    void shouldPutTheTermsOfADefiningSentenceBeforeTheTermItDefines() {
        assertThat(prerequisite("InnoDB", "redo log").orElseThrow().methods()).contains(DefinitionRelations.METHOD);
    }

    @Test
    void shouldReadNoKindIntoANegatedOne() {
        assertThat(prerequisite("平衡树", "跳表").map(ConceptEdge::methods).orElse(java.util.List.of()))
                .noneMatch(m -> m.startsWith("cue:"));
    }

    @Test
    void shouldTreatABoldLabelAsASubheadingOfItsSection() {
        assertThat(prerequisite("索引", "平衡树").orElseThrow().methods()).contains("label-tree");
        assertThat(prerequisite("索引", "跳表").orElseThrow().methods()).contains("label-tree");
    }

    @Test
    void shouldOrderAnAspectAfterWhatItBelongsTo() {
        assertThat(prerequisite("主从复制", "偏移量").orElseThrow().methods()).contains("genitive");
    }

    @Test
    void shouldPutTheMechanismASubheadingExplainsBeforeItsParent() {
        assertThat(prerequisite("扰动函数", "HashMap").orElseThrow().methods()).contains("heading-tree");
        assertThat(prerequisite("HashMap", "扰动函数")).isEmpty();
    }

    @Test
    void shouldPutASubheadingThatNarrowsItsParentAfterIt() {
        assertThat(prerequisite("二叉树", "满二叉树").orElseThrow().methods()).contains("heading-tree");
    }

    @Test
    void shouldPutTheReasonABecauseGivesBeforeWhatItExplains() {
        // document order puts 虚拟内存 first; the sentence says 页表 explains it
        assertThat(prerequisite("页表", "虚拟内存").orElseThrow().methods()).contains("cue:因为");
        assertThat(prerequisite("虚拟内存", "页表")).isEmpty();
    }

    @Test
    void shouldKeepThePrerequisitesAcyclic() {
        var prerequisites = graph.edges().stream()
                .filter(e -> e.type() == ConceptRelation.PREREQUISITE_OF)
                .toList();
        var graph = new DefaultDirectedGraph<String, DefaultEdge>(DefaultEdge.class);
        prerequisites.forEach(e -> Graphs.addEdgeWithVertices(graph, e.source(), e.target()));
        assertThat(new CycleDetector<>(graph).detectCycles()).isFalse();
    }
}
