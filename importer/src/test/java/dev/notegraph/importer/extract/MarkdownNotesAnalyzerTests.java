package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.schema.ConceptRelation;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarkdownNotesAnalyzerTests {

    private static KnowledgeGraph graph;

    @BeforeAll
    static void analyze() throws IOException {
        var notes = List.of(NoteFixtures.note("alias-fixture.md"), NoteFixtures.note("parser-fixture.md"));
        var analysis = new MarkdownNotesAnalyzer().analyze(notes);
        assertThat(analysis.problems()).isEmpty();
        graph = analysis.graph();
    }

    private static Optional<ConceptNode> concept(String form) {
        return NoteFixtures.concept(graph, form);
    }

    @Test
    void shouldMergeTheNamesGivenInBrackets() {
        var gil = concept("全局解释器锁").orElseThrow();
        assertThat(concept("GIL")).contains(gil);
        assertThat(concept("Global Interpreter Lock")).contains(gil);
        var fd = concept("文件描述符").orElseThrow();
        assertThat(concept("file descriptor")).contains(fd);
        assertThat(concept("Generational Collection")).contains(concept("分代回收").orElseThrow());
    }

    @Test
    void shouldKeepEnglishTermsWholeAndMergeSpellings() {
        var timeWait = concept("TIME-WAIT").orElseThrow();
        assertThat(concept("TIME_WAIT")).contains(timeWait);
        assertThat(concept("epoll_wait")).isPresent();
        assertThat(concept("FIN")).isPresent();
    }

    @Test
    void shouldLeaveOutStopWordsCodeAndUrls() {
        for (var noise : List.of("首先", "这样", "因此", "max_depth", "list1", "print", "https", "比如", "区别", "1")) {
            assertThat(concept(noise)).as(noise).isEmpty();
        }
    }

    @Test
    void shouldGiveMentionsAndStableIds() {
        var thread = concept("线程").orElseThrow();
        assertThat(thread.id()).isEqualTo("线程");
        assertThat(thread.mentionCount()).isGreaterThanOrEqualTo(3);
        assertThat(graph.notes()).flatExtracting(n -> n.mentions()).anyMatch(m -> m.conceptId()
                .equals("线程"));
        var sections = graph.notes().get(0).sections();
        assertThat(sections.get(0).parentId()).isEmpty();
        assertThat(sections.get(1).parentId()).contains(sections.get(0).id());
    }

    @Test
    void shouldRelateComparedAndNestedConcepts() {
        var thread = concept("线程").orElseThrow().id();
        var coroutine = concept("协程").orElseThrow().id();
        assertThat(edge(ConceptRelation.CONTRASTS_WITH, thread, coroutine)).isPresent();
        var prerequisite =
                edge(ConceptRelation.PREREQUISITE_OF, thread, coroutine).orElseThrow();
        assertThat(prerequisite.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(prerequisite.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void shouldFindADefiningSentence() {
        assertThat(concept("协程").orElseThrow().summary())
                .hasValueSatisfying(s -> assertThat(s.text()).contains("协程是"));
    }

    @Test
    void shouldKeepSymmetricEdgesOnceFromSmallerToLarger() {
        assertThat(graph.edges())
                .filteredOn(e -> !e.type().directed())
                .allMatch(e -> e.source().compareTo(e.target()) < 0);
        assertThat(graph.edges())
                .filteredOn(e -> e.type() == ConceptRelation.RELATED_TO)
                .allMatch(e -> e.weight() > 0 && e.weight() <= 1);
    }

    private static Optional<ConceptEdge> edge(ConceptRelation type, String a, String b) {
        return graph.edges().stream()
                .filter(e -> e.type() == type)
                .filter(e -> e.source().equals(a) && e.target().equals(b)
                        || !type.directed()
                                && e.source().equals(b)
                                && e.target().equals(a))
                .findFirst();
    }
}
