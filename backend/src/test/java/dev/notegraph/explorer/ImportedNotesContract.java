package dev.notegraph.explorer;

import static dev.notegraph.explorer.ApiTestSupport.assertProblem;
import static dev.notegraph.explorer.ApiTestSupport.cypher;
import static dev.notegraph.explorer.ApiTestSupport.get;
import static dev.notegraph.explorer.FixtureApiIT.ids;
import static dev.notegraph.explorer.FixtureApiIT.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the API answers once the bundled sample notes are really imported (reader, analyzer, writer), whatever
 * Neo4j it talks to. Subclasses choose the database.
 */
abstract class ImportedNotesContract {

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void awaitImport() throws InterruptedException {
        ApiTestSupport.awaitStartup(http);
    }

    @Test
    void shouldImportTheFiveBundledNotes() {
        var stats = get(http, "/api/stats").getBody();
        assertThat(stats.path("importError").isNull()).as(stats.toString()).isTrue();
        assertThat(stats.path("notes").asLong()).isEqualTo(5);
        assertThat(stats.path("sections").asLong()).isGreaterThan(20);
        assertThat(stats.path("concepts").asLong()).isGreaterThan(20);
        assertThat(stats.path("relations").asLong()).isGreaterThan(0);
        assertThat(texts(get(http, "/api/notes").getBody(), "path")).hasSize(5).allMatch(p -> p.endsWith(".txt"));
    }

    @Test
    void shouldFindAnImportedConceptByEveryNameItHas() {
        // Which name the extractor makes canonical is its choice; an exact hit must carry the searched name.
        var gil = top("ｇｉｌ");
        var gilNames = new java.util.ArrayList<>(texts(gil.path("aliases")));
        gilNames.add(gil.path("name").asText());
        assertThat(gilNames).contains("GIL");
        assertThat(gil.path("match").asText()).isEqualTo("exact");
        var withAliases = cypher(
                        http,
                        """
                {"query": "MATCH (c:Concept) WHERE size(c.aliases) > 0 \
                RETURN c.id ORDER BY c.mentionCount DESC, c.id LIMIT 1"}""")
                .getBody();
        var id = withAliases.path("rows").get(0).get(0).asText();
        var concept = get(http, "/api/concepts/" + id).getBody();
        var names = new java.util.ArrayList<>(texts(concept.path("aliases")));
        names.add(concept.path("name").asText());
        names.add(concept.path("name").asText().toUpperCase(java.util.Locale.ROOT));
        for (var name : names) {
            assertThat(top(name).path("id").asText()).as(name).isEqualTo(id);
        }
        var mention = concept.path("mentions").get(0);
        assertThat(mention.path("note").asText()).endsWith(".txt");
        assertThat(mention.path("line").asInt()).isPositive();
    }

    @Test
    void shouldExploreAroundAConcept() {
        var id = top("TCP").path("id").asText();
        var around = get(http, "/api/concepts/" + id + "/neighbourhood?depth=2").getBody();
        assertThat(ids(around.path("nodes"))).contains(id).hasSizeGreaterThan(1);
        for (var edge : around.path("edges")) {
            assertThat(edge.path("evidence")).isNotEmpty();
        }
        var related = get(http, "/api/concepts/" + id + "/related").getBody();
        assertThat(related).isNotEmpty();
        assertThat(FixtureApiIT.ids(related, "concept")).doesNotContain(id);
        assertThat(related.get(0).path("reasons")).isNotEmpty();
        var path = get(http, "/api/study-path?target=" + id).getBody();
        var steps = path.path("steps");
        assertThat(steps.get(steps.size() - 1).path("concept").path("id").asText())
                .isEqualTo(id);
    }

    @Test
    void shouldShowANoteSectionBySection() {
        var notes = get(http, "/api/notes").getBody();
        var note = get(http, "/api/notes/" + notes.get(0).path("id").asText()).getBody();
        var sections = note.path("sections");
        assertThat(sections.get(0).path("level").asInt()).isZero();
        long previous = -1;
        for (var section : sections) {
            assertThat(section.path("order").asLong()).isGreaterThan(previous);
            previous = section.path("order").asLong();
        }
        assertThat(sections.findValues("concepts").stream()
                        .mapToInt(JsonNode::size)
                        .sum())
                .isPositive();
    }

    @Test
    void shouldKeepTheConsoleReadOnly() {
        var count = cypher(http, "{\"query\": \"MATCH (c:Concept) RETURN count(c) AS n\"}")
                .getBody();
        var before = count.path("rows").get(0).get(0).asLong();
        assertProblem(cypher(http, "{\"query\": \"MATCH (c:Concept) DETACH DELETE c\"}"), 400, "cypher-rejected");
        var after = cypher(http, "{\"query\": \"MATCH (c:Concept) RETURN count(c) AS n\"}")
                .getBody();
        assertThat(after.path("rows").get(0).get(0).asLong()).isEqualTo(before).isPositive();
    }

    private JsonNode top(String q) {
        var hits = get(http, "/api/concepts?q={q}", q).getBody();
        assertThat(hits).as("hits for " + q).isNotEmpty();
        return hits.get(0);
    }
}
