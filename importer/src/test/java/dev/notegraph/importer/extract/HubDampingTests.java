package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubDampingTests {

    private static ConceptEdge edge(String source, String target, ConceptRelation type) {
        return new ConceptEdge(source, target, type, 0.8, 0.8, List.of("definition"), List.of());
    }

    @Test
    void shouldHalveThePrerequisiteEdgesOfAConceptAFifthOfTheNotesMention() {
        var edges = List.of(
                edge("java", "jvm", ConceptRelation.PREREQUISITE_OF),
                edge("java", "jvm", ConceptRelation.RELATED_TO),
                edge("classloader", "jvm", ConceptRelation.PREREQUISITE_OF));

        var damped = HubDamping.apply(edges, Map.of("java", 120, "jvm", 30, "classloader", 8), 400);

        assertThat(damped.get(0).confidence()).isEqualTo(0.4);
        // relatedness and a specific concept's edges stay as found
        assertThat(damped.get(1).confidence()).isEqualTo(0.8);
        assertThat(damped.get(2).confidence()).isEqualTo(0.8);
    }

    @Test
    void shouldFindNoHubAmongAHandfulOfNotes() {
        var edges = List.of(edge("tcp", "http", ConceptRelation.PREREQUISITE_OF));

        assertThat(HubDamping.apply(edges, Map.of("tcp", 5), 6)).isEqualTo(edges);
    }
}
