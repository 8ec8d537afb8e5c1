package dev.notegraph.importer.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopicAssignmentTests {

    // Two triangles (a-b-c around hub b, x-y-z around hub y) joined by one weak link c-x, and a lone concept.
    private static final WeightedGraph TWO_TRIANGLES = new WeightedGraph(
            List.of("a", "b", "c", "lone", "x", "y", "z"),
            List.of(
                    new WeightedGraph.Link(0, 1, 2.0),
                    new WeightedGraph.Link(0, 2, 1.0),
                    new WeightedGraph.Link(1, 2, 2.0),
                    new WeightedGraph.Link(2, 4, 0.1),
                    new WeightedGraph.Link(4, 5, 2.0),
                    new WeightedGraph.Link(4, 6, 1.0),
                    new WeightedGraph.Link(5, 6, 2.0)));

    @Test
    void shouldFindTheTwoTrianglesEachNamedByItsHub() {
        var topics = topics(TopicAssignment.place(TWO_TRIANGLES, Leiden.communities(TWO_TRIANGLES)));

        assertThat(topics).containsEntry("a", "b").containsEntry("b", "b").containsEntry("c", "b");
        assertThat(topics).containsEntry("x", "y").containsEntry("y", "y").containsEntry("z", "y");
    }

    @Test
    void shouldLeaveAConceptWithoutLinksOutOfEveryTopic() {
        var placements = TopicAssignment.place(TWO_TRIANGLES, Leiden.communities(TWO_TRIANGLES));

        assertThat(placements)
                .filteredOn(p -> p.conceptId().equals("lone"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.topic()).isNull();
                    assertThat(p.centrality()).isZero();
                });
    }

    @Test
    void shouldWeighTheLinkBetweenTopicsAsABridge() {
        var placements = TopicAssignment.place(TWO_TRIANGLES, Leiden.communities(TWO_TRIANGLES));

        var bridges = placements.stream()
                .filter(p -> p.bridge() > 0)
                .map(Placement::conceptId)
                .toList();
        assertThat(bridges).containsExactly("c", "x");
    }

    @Test
    void shouldGiveTheSameCommunitiesEveryRun() {
        var first = Leiden.communities(TWO_TRIANGLES);

        for (var run = 0; run < 5; run++) {
            assertThat(Leiden.communities(TWO_TRIANGLES)).containsExactly(first);
        }
    }

    private static Map<String, String> topics(List<Placement> placements) {
        return placements.stream()
                .filter(p -> p.topic() != null)
                .collect(Collectors.toMap(Placement::conceptId, Placement::topic));
    }
}
