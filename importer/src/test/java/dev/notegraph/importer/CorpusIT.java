package dev.notegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.source.NoteSource;
import dev.notegraph.schema.ConceptRelation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusIT {

    private static final Path CORPUS =
            Path.of(System.getProperty("shared.dir", "../shared")).resolve("corpus");

    @Test
    void shouldAnalyzeTheWholeCorpusWithoutProblems() throws IOException {
        var notes = read(CORPUS);
        long start = System.nanoTime();
        var analysis = new MarkdownNotesAnalyzer().analyze(notes);
        System.out.printf(
                "corpus: %d notes, %d concepts, %d edges, %d ms (parse %d ms)%n",
                notes.size(),
                analysis.graph().concepts().size(),
                analysis.graph().edges().size(),
                (System.nanoTime() - start) / 1_000_000,
                analysis.parsing().toMillis());
        assertThat(analysis.problems()).isEmpty();
        var graph = analysis.graph();
        assertThat(graph.notes()).hasSize(notes.size());
        var ids = new HashSet<String>();
        graph.concepts().forEach(c -> assertThat(ids.add(c.id())).as(c.id()).isTrue());
        assertThat(graph.edges()).allMatch(e -> ids.contains(e.source()) && ids.contains(e.target()));
        assertThat(graph.edges()).allMatch(e -> e.evidence().size() <= 5 && e.confidence() >= 0 && e.confidence() <= 1);
        // no all-pairs explosion: a bounded number of relations per concept
        assertThat(graph.edges().size()).isLessThan(graph.concepts().size() * 20);
        assertThat(acyclic(graph.edges())).isTrue();
    }

    private static boolean acyclic(List<ConceptEdge> edges) {
        var prerequisites = edges.stream()
                .filter(e -> e.type() == ConceptRelation.PREREQUISITE_OF)
                .toList();
        var indegree = new java.util.HashMap<String, Integer>();
        var out = new java.util.HashMap<String, List<String>>();
        for (var e : prerequisites) {
            out.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            indegree.merge(e.target(), 1, Integer::sum);
            indegree.putIfAbsent(e.source(), 0);
        }
        var ready = new java.util.ArrayDeque<String>();
        indegree.forEach((node, degree) -> {
            if (degree == 0) {
                ready.add(node);
            }
        });
        int seen = 0;
        while (!ready.isEmpty()) {
            var node = ready.poll();
            seen++;
            for (var next : out.getOrDefault(node, List.of())) {
                if (indegree.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return seen == indegree.size();
    }

    private static List<NoteSource> read(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            var out = new ArrayList<NoteSource>();
            for (var file :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                var bytes = Files.readAllBytes(file);
                var path = dir.relativize(file).toString().replace('\\', '/');
                out.add(new NoteSource(path, new String(bytes, StandardCharsets.UTF_8), "sha-" + path, bytes.length));
            }
            return out;
        }
    }
}
