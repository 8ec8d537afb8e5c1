package dev.notegraph.explorer.studypath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.FixtureGraph;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LearnNextReaderIT {

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    static LearnNextReader reader;

    @BeforeAll
    static void load() {
        FixtureGraph.load(neo4j.driver(), "/fixtures/learn-graph.cypher");
        reader = new LearnNextReader(neo4j.driver());
    }

    private static List<String> ids(List<NextConcept> next) {
        return next.stream().map(n -> n.concept().id()).toList();
    }

    @Test
    void shouldOfferOnlyConceptsWithoutUnknownPrerequisitesWhenNothingIsKnown() {
        var next = reader.next(List.of(), 10);

        // Neither prerequisite of TIME-WAIT unlocks it alone; both lead to it, so they come before epoll,
        // and the more mentioned one first. epoll's weak edge to FIN neither holds FIN back nor counts as a lead.
        assertThat(ids(next)).containsExactly("四次挥手", "fin", "epoll");
        assertThat(next).allSatisfy(n -> assertThat(n.prerequisites()).isEmpty());
        assertThat(next).extracting(NextConcept::unlocks).containsOnly(0);
        assertThat(next).extracting(NextConcept::leadsTo).containsExactly(1, 1, 0);
    }

    @Test
    void shouldRankTheConceptThatCompletesAPrerequisiteSetFirst() {
        var next = reader.next(List.of("fin"), 10);

        // 四次挥手 is the last missing prerequisite of TIME-WAIT: it unlocks one concept, epoll none.
        assertThat(ids(next)).containsExactly("四次挥手", "epoll");
        assertThat(next.get(0).unlocks()).isEqualTo(1);
        assertThat(next.get(1).unlocks()).isZero();
    }

    @Test
    void shouldOfferAConceptOnceAllItsPrerequisitesAreKnownAndNeverAKnownOne() {
        var next = reader.next(List.of("fin", "四次挥手"), 10);

        assertThat(ids(next)).containsExactly("time-wait", "epoll");
        assertThat(next.get(0).prerequisites()).containsExactlyInAnyOrder("fin", "四次挥手");
        assertThat(next.get(0).concept().aliases()).containsExactly("TIME_WAIT");
    }

    @Test
    void shouldHonourTheLimit() {
        assertThat(reader.next(List.of(), 2)).hasSize(2);
    }
}
