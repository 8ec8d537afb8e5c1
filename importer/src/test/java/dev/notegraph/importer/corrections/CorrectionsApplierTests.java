package dev.notegraph.importer.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.model.MentionEdge;
import dev.notegraph.importer.model.NoteGraph;
import dev.notegraph.importer.model.SectionNode;
import dev.notegraph.schema.ConceptRelation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of correction on a small hand-made graph, before anything is written. */
class CorrectionsApplierTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:15:30Z");
    private static final String NOTE = "net/tcp.md";
    private static final String OTHER = "py/gil.md";

    @Test
    void shouldLeaveTheGraphAsItIsWithoutCorrections() {
        var graph = graph();

        var result = CorrectionsApplier.apply(graph, List.of(), "x");

        assertThat(result.graph()).isSameAs(graph);
        assertThat(result.applied()).isZero();
    }

    @Test
    void shouldDropANotAConceptWithItsMentionsAndEdges() {
        var result = apply(correction(CorrectionKind.NOT_A_CONCEPT, "例如"));

        var g = result.graph();
        assertThat(ids(g)).doesNotContain("例如").contains("tcp", "time-wait");
        assertThat(g.edges())
                .noneMatch(e -> e.source().equals("例如") || e.target().equals("例如"));
        assertThat(g.notes()).flatExtracting(NoteGraph::mentions).noneMatch(m -> m.conceptId()
                .equals("例如"));
        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.unresolved()).isEmpty();
    }

    @Test
    void shouldMergeTheSecondConceptIntoTheFirstUnitingNamesMentionsAndEdges() {
        var result = apply(correction(CorrectionKind.SAME_CONCEPT, "GIL", "全局解释器锁"));

        var g = result.graph();
        assertThat(ids(g)).contains("gil").doesNotContain("全局解释器锁");
        var gil = concept(g, "gil");
        assertThat(gil.name()).isEqualTo("GIL");
        assertThat(gil.aliases()).containsExactly("Global Interpreter Lock", "全局解释器锁", "大锁");
        assertThat(gil.mentionCount()).isEqualTo(5);
        assertThat(gil.noteCount()).isEqualTo(2);
        // both were related to TCP: one edge now, the stronger confidence and both evidences
        var related = g.edges().stream()
                .filter(e ->
                        e.type() == ConceptRelation.RELATED_TO && e.source().equals("gil"))
                .toList();
        assertThat(related).singleElement().satisfies(e -> {
            assertThat(List.of(e.source(), e.target())).containsExactly("gil", "tcp");
            assertThat(e.confidence()).isEqualTo(0.7);
            assertThat(e.evidence()).hasSize(2);
        });
        // the edge between the two names is gone, not a loop
        assertThat(g.edges()).noneMatch(e -> e.source().equals(e.target()));
        // a section that mentioned both mentions the merged concept once
        var mentions = g.notes().stream()
                .filter(n -> n.path().equals(OTHER))
                .findFirst()
                .orElseThrow()
                .mentions();
        assertThat(mentions)
                .filteredOn(m -> m.conceptId().equals("gil"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.count()).isEqualTo(3);
                    assertThat(m.line()).isEqualTo(2);
                });
        // the TCP note did not mention either: left as it was, so its facts are not rewritten
        assertThat(g.notes().get(0)).isEqualTo(graph().notes().get(0));
    }

    @Test
    void shouldRemoveANotPrerequisiteAndKeepItOutOfTheStudyPathOfItsTarget() {
        var result = apply(correction(CorrectionKind.NOT_PREREQUISITE, "TCP", "TIME-WAIT"));

        assertThat(result.graph().edges())
                .noneMatch(e -> e.source().equals("tcp")
                        && e.target().equals("time-wait")
                        && e.type() == ConceptRelation.PREREQUISITE_OF);
        assertThat(result.notPrerequisites()).containsEntry("time-wait", List.of("tcp"));
        // other relations between the two stay: the learner spoke of prerequisites only
        assertThat(result.graph().edges())
                .anyMatch(e ->
                        e.type() == ConceptRelation.RELATED_TO && e.source().equals("tcp"));
    }

    @Test
    void shouldAddALearnersPrerequisiteAndDropTheEdgeTheOtherWay() {
        var made = correction(CorrectionKind.PREREQUISITE, "TIME-WAIT", "TCP");

        var result = apply(made);

        var prerequisites = result.graph().edges().stream()
                .filter(e -> e.type() == ConceptRelation.PREREQUISITE_OF)
                .toList();
        assertThat(prerequisites)
                .noneMatch(e -> e.source().equals("tcp") && e.target().equals("time-wait"));
        var learner = prerequisites.stream()
                .filter(e -> e.source().equals("time-wait") && e.target().equals("tcp"))
                .findFirst()
                .orElseThrow();
        assertThat(learner.confidence()).isEqualTo(1.0);
        assertThat(learner.methods()).containsExactly(CorrectionsApplier.LEARNER);
        assertThat(learner.evidence().get(0).note()).isEqualTo(".notegraph/corrections.yaml");
        assertThat(learner.evidence().get(0).text()).contains(made.id(), "TIME-WAIT", "TCP");
    }

    @Test
    void shouldFindConceptsByIdNameOrAliasWhateverTheCase() {
        var byId = apply(correction(CorrectionKind.NOT_A_CONCEPT, "time-wait"));
        var byAlias = apply(correction(CorrectionKind.NOT_A_CONCEPT, "time_wait"));
        var byWidth = apply(correction(CorrectionKind.NOT_A_CONCEPT, "ＴＣＰ"));

        assertThat(ids(byId.graph())).doesNotContain("time-wait");
        assertThat(ids(byAlias.graph())).doesNotContain("time-wait");
        assertThat(ids(byWidth.graph())).doesNotContain("tcp");
    }

    @Test
    void shouldReportACorrectionWhoseConceptIsGoneAndApplyTheOthers() {
        var gone = correction(CorrectionKind.SAME_CONCEPT, "GIL", "Zygomorphic Cache");
        var kept = correction(CorrectionKind.NOT_A_CONCEPT, "例如");

        var result = apply(gone, kept);

        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.unresolved()).singleElement().satisfies(u -> {
            assertThat(u.id()).isEqualTo(gone.id());
            assertThat(u.kind()).isEqualTo("same-concept");
            assertThat(u.missing()).containsExactly("Zygomorphic Cache");
        });
        assertThat(ids(result.graph())).doesNotContain("例如").contains("全局解释器锁");
    }

    @Test
    void shouldLetTheLastWordOnAPairWin() {
        var result = apply(
                correction(CorrectionKind.NOT_PREREQUISITE, "TCP", "TIME-WAIT"),
                correction(CorrectionKind.PREREQUISITE, "TCP", "TIME-WAIT"));

        assertThat(result.notPrerequisites()).isEmpty();
        assertThat(result.graph().edges())
                .anyMatch(e -> e.source().equals("tcp")
                        && e.target().equals("time-wait")
                        && e.methods().contains(CorrectionsApplier.LEARNER));
    }

    private static CorrectionsApplier.Result apply(Correction... corrections) {
        return CorrectionsApplier.apply(graph(), List.of(corrections), ".notegraph/corrections.yaml");
    }

    private static Correction correction(CorrectionKind kind, String... concepts) {
        return Correction.of(kind, List.of(concepts), NOW);
    }

    private static List<String> ids(KnowledgeGraph g) {
        return g.concepts().stream().map(ConceptNode::id).toList();
    }

    private static ConceptNode concept(KnowledgeGraph g, String id) {
        return g.concepts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** TCP before TIME-WAIT, GIL and 全局解释器锁 apart (both related to TCP), and the everyday word 例如. */
    static KnowledgeGraph graph() {
        var tcpNote = NoteGraph.idFor(NOTE);
        var pyNote = NoteGraph.idFor(OTHER);
        var miscNote = NoteGraph.idFor("misc.md");
        var notes = List.of(
                new NoteGraph(
                        tcpNote,
                        NOTE,
                        "TCP",
                        "a".repeat(64),
                        10,
                        List.of(section(tcpNote, 0)),
                        List.of(
                                new MentionEdge(tcpNote + "-0", "tcp", 1, "TCP", "TCP", 3),
                                new MentionEdge(tcpNote + "-0", "time-wait", 2, "TIME-WAIT", "TIME-WAIT", 2),
                                new MentionEdge(tcpNote + "-0", "例如", 3, "例如", "例如", 1))),
                new NoteGraph(
                        pyNote,
                        OTHER,
                        "GIL",
                        "b".repeat(64),
                        10,
                        List.of(section(pyNote, 0)),
                        List.of(
                                new MentionEdge(pyNote + "-0", "gil", 4, "GIL", "GIL", 1),
                                new MentionEdge(pyNote + "-0", "全局解释器锁", 2, "全局解释器锁", "全局解释器锁", 2),
                                new MentionEdge(pyNote + "-0", "例如", 5, "例如", "例如", 1))),
                new NoteGraph(
                        miscNote,
                        "misc.md",
                        "Misc",
                        "c".repeat(64),
                        10,
                        List.of(section(miscNote, 0)),
                        List.of(new MentionEdge(miscNote + "-0", "全局解释器锁", 1, "全局解释器锁", "全局解释器锁", 1))));
        var concepts = List.of(
                node("tcp", "TCP", List.of(), 3, 1),
                node("time-wait", "TIME-WAIT", List.of("time_wait"), 2, 1),
                node("gil", "GIL", List.of("Global Interpreter Lock"), 1, 1),
                node("全局解释器锁", "全局解释器锁", List.of("大锁"), 4, 2),
                node("例如", "例如", List.of(), 2, 2));
        var edges = List.of(
                edge("tcp", "time-wait", ConceptRelation.PREREQUISITE_OF, 0.8),
                edge("tcp", "time-wait", ConceptRelation.RELATED_TO, 0.5),
                edge("gil", "tcp", ConceptRelation.RELATED_TO, 0.4),
                edge("tcp", "全局解释器锁", ConceptRelation.RELATED_TO, 0.7),
                edge("gil", "全局解释器锁", ConceptRelation.CONTRASTS_WITH, 0.9),
                edge("例如", "tcp", ConceptRelation.PREREQUISITE_OF, 0.5));
        return new KnowledgeGraph(notes, concepts, edges, List.of());
    }

    private static SectionNode section(String noteId, int order) {
        return new SectionNode(noteId + "-" + order, order, 0, "top", 1, 9, Optional.empty(), "text");
    }

    private static ConceptNode node(String id, String name, List<String> aliases, int mentions, int notes) {
        return new ConceptNode(id, name, aliases, Optional.empty(), "", mentions, notes);
    }

    private static ConceptEdge edge(String source, String target, ConceptRelation type, double confidence) {
        return new ConceptEdge(
                source,
                target,
                type,
                confidence,
                confidence,
                List.of("test"),
                List.of(new Evidence(NOTE, 1, source + " " + target)));
    }
}
