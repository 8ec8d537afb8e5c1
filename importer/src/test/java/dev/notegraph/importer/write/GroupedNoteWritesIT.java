package dev.notegraph.importer.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.MentionEdge;
import dev.notegraph.importer.model.NoteGraph;
import dev.notegraph.importer.model.SectionNode;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import dev.notegraph.schema.GraphSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.SessionConfig;

class GroupedNoteWritesIT {

    private static final int NOTES = 60;
    private static final int CONCEPTS = 7;

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    @BeforeAll
    static void schema() {
        GraphSchema.apply(neo4j.driver());
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
    }

    @Test
    void shouldStoreTheSameGraphInSmallGroupsOnTwoThreadsAsNoteByNote() {
        var one = new GraphWriter(neo4j.driver());
        notes().forEach(note -> one.writeNote(note, Instant.EPOCH));
        var byNote = neo4j.counts();
        neo4j.clear();

        // Every note mentions the same few concepts, so parallel groups contend for the same nodes.
        var grouped = new GraphWriter(neo4j.driver(), SessionConfig.defaultConfig(), 10);
        var written = new ArrayList<String>();
        grouped.writeNotes(notes().stream().map(NoteFacts::of).toList(), Instant.EPOCH, n -> written.add(n.path()));

        assertThat(neo4j.counts()).isEqualTo(byNote).containsEntry("MENTIONS", (long) NOTES * 2 * CONCEPTS);
        assertThat(written)
                .containsExactlyInAnyOrderElementsOf(
                        notes().stream().map(NoteGraph::path).toList());
    }

    @Test
    void shouldReplaceTheSectionsOfNotesWrittenAgainInGroups() {
        var writer = new GraphWriter(neo4j.driver(), SessionConfig.defaultConfig(), 10);
        var facts = notes().stream().map(NoteFacts::of).toList();
        writer.writeNotes(facts, Instant.EPOCH, n -> {});
        var once = neo4j.counts();

        writer.writeNotes(facts, Instant.EPOCH, n -> {});

        assertThat(neo4j.counts()).isEqualTo(once);
    }

    private static List<NoteGraph> notes() {
        return IntStream.range(0, NOTES).mapToObj(GroupedNoteWritesIT::note).toList();
    }

    private static NoteGraph note(int i) {
        var path = "notes/n" + i + ".md";
        var id = NoteGraph.idFor(path);
        var sections = List.of(
                new SectionNode(id + "-0", 0, 0, "n" + i, 1, 9, Optional.empty(), "# n" + i),
                new SectionNode(id + "-1", 1, 2, "a", 2, 5, Optional.of(id + "-0"), "## a"),
                new SectionNode(id + "-2", 2, 2, "b", 6, 9, Optional.of(id + "-0"), "## b"));
        var mentions = new ArrayList<MentionEdge>();
        for (int section = 1; section <= 2; section++) {
            for (int c = 0; c < CONCEPTS; c++) {
                mentions.add(new MentionEdge(id + "-" + section, "c" + c, section * 3, "line", "c" + c, 1));
            }
        }
        return new NoteGraph(id, path, "n" + i, "0".repeat(64), 10, sections, List.copyOf(mentions));
    }
}
