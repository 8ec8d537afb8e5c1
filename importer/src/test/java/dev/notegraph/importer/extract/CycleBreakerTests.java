package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleBreakerTests {

    private static ConceptEdge prerequisite(String a, String b, double confidence) {
        return new ConceptEdge(
                a,
                b,
                ConceptRelation.PREREQUISITE_OF,
                confidence,
                confidence,
                List.of("test"),
                List.of(new Evidence("n.md", 1, a + " " + b)));
    }

    @Test
    void shouldDropTheWeakestEdgeOfEachCycle() {
        var edges = List.of(
                prerequisite("tcp", "四次挥手", 0.9),
                prerequisite("四次挥手", "time-wait", 0.8),
                prerequisite("time-wait", "tcp", 0.3),
                prerequisite("a", "b", 0.5),
                prerequisite("b", "a", 0.6),
                prerequisite("x", "y", 0.2));
        var result = CycleBreaker.breakCycles(edges);
        assertThat(result.edges()).doesNotContain(edges.get(2), edges.get(3));
        assertThat(result.edges()).contains(edges.get(0), edges.get(1), edges.get(4), edges.get(5));
        assertThat(result.warnings()).hasSize(2).allMatch(w -> w.contains("cycle"));
    }

    @Test
    void shouldKeepEdgesOfOtherTypes() {
        var related = new ConceptEdge("a", "b", ConceptRelation.RELATED_TO, 0.4, 0.4, List.of("npmi"), List.of());
        var result =
                CycleBreaker.breakCycles(List.of(related, prerequisite("a", "b", 0.5), prerequisite("b", "a", 0.4)));
        assertThat(result.edges()).contains(related).hasSize(2);
    }
}
