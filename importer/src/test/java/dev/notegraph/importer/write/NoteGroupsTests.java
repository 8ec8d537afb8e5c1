package dev.notegraph.importer.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.NoteGraph;
import dev.notegraph.importer.model.SectionNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoteGroupsTests {

    @Test
    void shouldKeepEveryNoteOnceAndInOrder() {
        var notes = List.of(facts("a", 10), facts("b", 10), facts("c", 10), facts("d", 10), facts("e", 10));

        var groups = NoteGroups.of(notes, 2);

        assertThat(groups).hasSize(3);
        assertThat(groups.stream().flatMap(List::stream).map(f -> f.note().path()))
                .containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void shouldGiveANoteWithHugeSectionsAGroupOfItsOwn() {
        var huge = facts("huge", 2_000_000);
        var notes = List.of(facts("a", 10), huge, facts("b", 10));

        var groups = NoteGroups.of(notes, 1_000);

        assertThat(NoteGroups.weight(huge.note())).isEqualTo(1 + 10_000);
        assertThat(groups)
                .extracting(group -> group.stream().map(f -> f.note().path()).toList())
                .containsExactly(List.of("a", "huge"), List.of("b"));
    }

    private static NoteFacts facts(String path, int markdownChars) {
        var root = new SectionNode(path + "-0", 0, 0, path, 1, 1, Optional.empty(), "x".repeat(markdownChars));
        return new NoteFacts(
                new NoteGraph(path, path, path, "0".repeat(64), markdownChars, List.of(root), List.of()), "h");
    }
}
