package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.BrokenCycle;
import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CycleBreakerTests {

    private static ConceptEdge prerequisite(String a, String b, double confidence, String... methods) {
        return new ConceptEdge(
                a,
                b,
                ConceptRelation.PREREQUISITE_OF,
                confidence,
                confidence,
                methods.length == 0 ? List.of("test") : List.of(methods),
                List.of(new Evidence("n.md", 1, a + " " + b)));
    }

    @Test
    void shouldKeepWhatASentenceStatesOverOrderAndCounts() {
        var stated = prerequisite("横切关注点", "aop", 0.5, "cue:因为");
        var counted = prerequisite("aop", "横切关注点", 0.77, "topic-scope", "refd", "document-order");
        assertThat(CycleBreaker.breakCycles(List.of(counted, stated)).edges()).containsExactly(stated);
        // a use is weak evidence of order: the stronger side wins as before
        var used = prerequisite("依赖注入", "ioc", 0.4, "cue:使用");
        var ordered = prerequisite("ioc", "依赖注入", 0.55, "refd", "document-order");
        assertThat(CycleBreaker.breakCycles(List.of(used, ordered)).edges()).containsExactly(ordered);
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
    void shouldReportEachDroppedEdgeWithTheCycleItWouldClose() {
        var edges = List.of(
                prerequisite("tcp", "四次挥手", 0.9),
                prerequisite("四次挥手", "time-wait", 0.8),
                prerequisite("time-wait", "tcp", 0.3),
                prerequisite("a", "b", 0.5),
                prerequisite("b", "a", 0.6),
                prerequisite("self", "self", 0.7));
        var broken = CycleBreaker.breakCycles(edges).broken();
        assertThat(broken)
                .extracting(BrokenCycle::dropped)
                .containsExactlyInAnyOrder(edges.get(2), edges.get(3), edges.get(5));
        var byDropped =
                broken.stream().collect(Collectors.toMap(b -> b.dropped().source(), BrokenCycle::cycle));
        assertThat(byDropped.get("time-wait")).containsExactly("tcp", "四次挥手", "time-wait");
        assertThat(byDropped.get("a")).containsExactly("b", "a");
        assertThat(byDropped.get("self")).containsExactly("self");
    }

    @Test
    void shouldFollowTheShortestKeptPathAroundALongerCycle() {
        var edges = List.of(
                prerequisite("a", "b", 0.9),
                prerequisite("b", "c", 0.9),
                prerequisite("c", "d", 0.9),
                prerequisite("a", "d", 0.8),
                prerequisite("d", "a", 0.1));
        var broken = CycleBreaker.breakCycles(edges).broken();
        assertThat(broken).singleElement().satisfies(b -> {
            assertThat(b.dropped()).isEqualTo(edges.get(4));
            assertThat(b.cycle()).containsExactly("a", "d");
        });
    }

    @Test
    void shouldKeepEdgesOfOtherTypes() {
        var related = new ConceptEdge("a", "b", ConceptRelation.RELATED_TO, 0.4, 0.4, List.of("npmi"), List.of());
        var result =
                CycleBreaker.breakCycles(List.of(related, prerequisite("a", "b", 0.5), prerequisite("b", "a", 0.4)));
        assertThat(result.edges()).contains(related).hasSize(2);
    }
}
