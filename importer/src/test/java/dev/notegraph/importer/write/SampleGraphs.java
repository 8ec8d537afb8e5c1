package dev.notegraph.importer.write;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.model.MentionEdge;
import dev.notegraph.importer.model.NoteGraph;
import dev.notegraph.importer.model.SectionNode;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Hand-made knowledge graphs: two notes, then a version where the TCP note lost its TIME-WAIT section. */
final class SampleGraphs {

    static final String PYTHON = "python/gil.md";
    static final String TCP = "net/tcp.md";

    private SampleGraphs() {}

    static KnowledgeGraph first() {
        return new KnowledgeGraph(
                List.of(pythonNote(), tcpNote(true)),
                List.of(
                        concept("gil", "GIL", List.of("全局解释器锁", "Global Interpreter Lock"), 3, 1),
                        concept("引用计数", "引用计数", List.of("reference counting"), 1, 1),
                        concept("三次握手", "三次握手", List.of("three-way handshake"), 2, 1),
                        concept("time-wait", "TIME-WAIT", List.of("time_wait"), 4, 1),
                        // Claims TIME-WAIT too, with fewer mentions: the key must stay with time-wait.
                        concept("time-wait-state", "TIME-WAIT state", List.of("TIME-WAIT"), 1, 1)),
                List.of(
                        edge("三次握手", "time-wait", ConceptRelation.PREREQUISITE_OF, 7),
                        // Given from the larger id to the smaller: must be stored the other way round.
                        edge("引用计数", "gil", ConceptRelation.CONTRASTS_WITH, 1),
                        edge("time-wait-state", "time-wait", ConceptRelation.SUBTOPIC_OF, 1)),
                List.of("a warning"));
    }

    static KnowledgeGraph second() {
        return new KnowledgeGraph(
                List.of(pythonNote(), tcpNote(false)),
                List.of(
                        concept("gil", "GIL", List.of("全局解释器锁", "Global Interpreter Lock"), 3, 1),
                        concept("引用计数", "引用计数", List.of("reference counting"), 1, 1),
                        concept("三次握手", "三次握手", List.of("three-way handshake", "TCP handshake"), 1, 1)),
                List.of(edge("gil", "引用计数", ConceptRelation.RELATED_TO, 1)),
                List.of());
    }

    static NoteGraph pythonNote() {
        var id = NoteGraph.idFor(PYTHON);
        return new NoteGraph(
                id,
                PYTHON,
                "Python",
                "a".repeat(64),
                120,
                List.of(
                        section(id, 0, 0, "Python", Optional.empty()),
                        section(id, 1, 2, "GIL", Optional.of(id + "-0")),
                        section(id, 2, 3, "引用计数", Optional.of(id + "-1"))),
                List.of(
                        new MentionEdge(id + "-1", "gil", 3, "GIL（全局解释器锁）保证…", "全局解释器锁", 3),
                        new MentionEdge(id + "-2", "引用计数", 5, "引用计数为 0 时回收", "引用计数", 1)));
    }

    static NoteGraph tcpNote(boolean withTimeWait) {
        var id = NoteGraph.idFor(TCP);
        var sections = withTimeWait
                ? List.of(
                        section(id, 0, 0, "TCP", Optional.empty()),
                        section(id, 1, 2, "三次握手", Optional.of(id + "-0")),
                        section(id, 2, 2, "TIME-WAIT", Optional.of(id + "-0")))
                : List.of(
                        section(id, 0, 0, "TCP", Optional.empty()), section(id, 1, 2, "三次握手", Optional.of(id + "-0")));
        var mentions = withTimeWait
                ? List.of(
                        new MentionEdge(id + "-1", "三次握手", 3, "三次握手建立连接", "三次握手", 2),
                        new MentionEdge(id + "-2", "time-wait", 5, "TIME-WAIT 持续 2MSL", "TIME-WAIT", 4),
                        new MentionEdge(id + "-2", "time-wait-state", 6, "TIME-WAIT state", "TIME-WAIT state", 1))
                : List.of(new MentionEdge(id + "-1", "三次握手", 3, "三次握手建立连接", "三次握手", 1));
        return new NoteGraph(id, TCP, "TCP", withTimeWait ? "b".repeat(64) : "c".repeat(64), 99, sections, mentions);
    }

    private static SectionNode section(String noteId, int order, int level, String heading, Optional<String> parent) {
        var line = order * 2 + 1;
        return new SectionNode(
                noteId + "-" + order, order, level, heading, line, line + 1, parent, "## " + heading + "\n");
    }

    private static ConceptNode concept(String id, String name, List<String> aliases, int mentions, int notes) {
        var summary = Optional.of(new Evidence(PYTHON, 3, name + " 是一个概念。"));
        return new ConceptNode(id, name, aliases, summary, "test", mentions, notes);
    }

    private static ConceptEdge edge(String source, String target, ConceptRelation type, int evidenceCount) {
        var evidence = IntStream.rangeClosed(1, evidenceCount)
                .mapToObj(i -> new Evidence(TCP, i, "evidence " + i))
                .toList();
        return new ConceptEdge(source, target, type, 0.8, 0.6, List.of("heading-tree", "cue:由于"), evidence);
    }
}
