package dev.notegraph.explorer.studypath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.concept.EdgeView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StudyOrderTests {

    @Test
    void shouldPutEveryPrerequisiteBeforeWhatNeedsItAndTheTargetLast() {
        var edges = List.of(edge("b", "t"), edge("a", "b"), edge("c", "t"), edge("a", "c"), edge("d", "a"));
        var order = StudyOrder.of("t", Set.of("t", "a", "b", "c", "d"), edges, Map.of());
        assertThat(order).containsExactly("d", "a", "b", "c", "t");
        for (var e : edges) {
            assertThat(order.indexOf(e.source())).isLessThan(order.indexOf(e.target()));
        }
    }

    @Test
    void shouldBreakTiesByNameAndKeepConceptsCaughtInACycle() {
        var names = Map.of("x", "Zeta", "y", "Alpha", "p", "P", "q", "Q");
        var order = StudyOrder.of(
                "t",
                Set.of("t", "x", "y", "p", "q"),
                List.of(edge("x", "t"), edge("y", "t"), edge("p", "q"), edge("q", "p"), edge("q", "t")),
                names);
        assertThat(order).startsWith("y", "x").endsWith("t").contains("p", "q").hasSize(5);
    }

    private static EdgeView edge(String from, String to) {
        return new EdgeView(from, to, "PREREQUISITE_OF", true, 1, 1, List.of(), List.of());
    }
}
