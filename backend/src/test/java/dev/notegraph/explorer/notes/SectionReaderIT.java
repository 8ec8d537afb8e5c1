package dev.notegraph.explorer.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.FixtureGraph;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SectionReaderIT {

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    static SectionReader reader;

    @BeforeAll
    static void load() {
        FixtureGraph.load(neo4j.driver(), "/fixtures/learn-graph.cypher");
        reader = new SectionReader(neo4j.driver(), new MarkdownHtml());
    }

    @Test
    void shouldRenderASectionsMarkdownWithItsNotePath() {
        var section = reader.byId("n1-1").orElseThrow();

        assertThat(section.note()).isEqualTo("net/tcp.md");
        assertThat(section.heading()).isEqualTo("TIME-WAIT");
        assertThat(section.line()).isEqualTo(3);
        assertThat(section.html()).contains("<strong>TIME-WAIT</strong>").contains("<table>");
    }

    @Test
    void shouldEscapeRawHtmlFromTheNotes() {
        var html = reader.byId("n1-1").orElseThrow().html();

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void shouldFindTheInnermostSectionAroundALine() {
        assertThat(reader.atLine("net/tcp.md", 5).orElseThrow().id()).isEqualTo("n1-1");
        assertThat(reader.atLine("net/tcp.md", 1).orElseThrow().id()).isEqualTo("n1-0");
    }

    @Test
    void shouldBeEmptyForAnUnknownSectionOrLine() {
        assertThat(reader.byId("nope")).isEmpty();
        assertThat(reader.atLine("net/tcp.md", 99)).isEmpty();
        assertThat(reader.atLine("other.md", 3)).isEmpty();
    }
}
