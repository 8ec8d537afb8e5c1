package dev.notegraph.explorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnNextReaderTests {

    @TempDir
    static Path store;

    static Neo4jFixture db;
    static LearnNextReader reader;

    @BeforeAll
    static void start() {
        db = new Neo4jFixture(store, "/web/learn-graph.cypher");
        reader = new LearnNextReader(db.driver);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static List<String> ids(List<NextConcept> next) {
        return next.stream().map(n -> n.concept().id()).toList();
    }

    @Test
    void shouldOfferOnlyConceptsWithoutUnknownPrerequisitesWhenNothingIsKnown() {
        var next = reader.next(List.of(), 10);

        assertThat(ids(next)).containsExactlyInAnyOrder("四次挥手", "fin", "epoll");
        assertThat(next).allSatisfy(n -> assertThat(n.prerequisites()).isEmpty());
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
