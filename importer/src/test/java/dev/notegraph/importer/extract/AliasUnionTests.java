package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.source.NoteSource;
import dev.notegraph.schema.Normalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AliasUnionTests {

    @Test
    void shouldNotChainTwoIdeasThroughAnAbbreviationTheyShare() throws IOException {
        var concepts = analyze("ambiguous-alias.md");

        var snapshot = concept(concepts, "快照").orElseThrow();
        var relational = concept(concepts, "关系型数据库").orElseThrow();
        assertThat(snapshot).isNotEqualTo(relational);
        // the reading seen more often keeps the shared abbreviation
        assertThat(concept(concepts, "RDB")).contains(snapshot);
        assertThat(concept(concepts, "snapshotting")).contains(snapshot);
        assertThat(concept(concepts, "Relational Database")).contains(relational);
        assertThat(concept(concepts, "AOF")).isNotEqualTo(Optional.of(snapshot));
    }

    @Test
    void shouldKeepAtMostOneChineseNameInAGroupMadeByBrackets() {
        var groups = new UnionFind();
        new AliasUnion(groups)
                .apply(List.of(
                        new AliasPair("分代回收", "Generational Collection", "n.md", 1),
                        new AliasPair("分代清除", "Generational Collection", "n.md", 2),
                        new AliasPair("分代回收", "Generational Collection", "n.md", 3)));

        assertThat(groups.find("分代回收")).isEqualTo(groups.find("generationalcollection"));
        assertThat(groups.find("分代清除")).isNotEqualTo(groups.find("分代回收"));
    }

    @Test
    void shouldJoinTheLexiconsNamesBeforeANotesGlosses() {
        var groups = new UnionFind();
        var union = new AliasUnion(groups);
        union.trust(List.of(List.of("rdb", "redisdatabase", "快照")));
        union.apply(List.of(new AliasPair("关系型数据库", "RDB", "n.md", 1)));

        assertThat(groups.find("rdb")).isEqualTo(groups.find("快照"));
        assertThat(groups.find("关系型数据库")).isNotEqualTo(groups.find("rdb"));
    }

    private static List<ConceptNode> analyze(String name) throws IOException {
        try (var in = AliasUnionTests.class.getResourceAsStream("/notes/" + name)) {
            var bytes = Objects.requireNonNull(in).readAllBytes();
            var note = new NoteSource(name, new String(bytes, StandardCharsets.UTF_8), "sha", bytes.length);
            return new MarkdownNotesAnalyzer().analyze(List.of(note)).graph().concepts();
        }
    }

    private static Optional<ConceptNode> concept(List<ConceptNode> concepts, String form) {
        var key = Normalizer.key(form);
        return concepts.stream()
                .filter(c -> Normalizer.key(c.name()).equals(key)
                        || c.aliases().stream().anyMatch(a -> Normalizer.key(a).equals(key)))
                .findFirst();
    }
}
