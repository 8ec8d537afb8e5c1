package dev.notegraph.explorer;

import static dev.notegraph.explorer.ApiTestSupport.assertProblem;
import static dev.notegraph.explorer.ApiTestSupport.cypher;
import static dev.notegraph.explorer.ApiTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import tools.jackson.databind.JsonNode;

/** Every endpoint over a small hand-written graph, through HTTP, against the embedded Neo4j. */
@FixtureContext
class FixtureApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @BeforeAll
    static void seed(@Autowired Driver driver, @Autowired TestRestTemplate http) throws InterruptedException {
        // The schema is applied in the background at start-up; the fixture needs its indexes.
        ApiTestSupport.awaitStartup(http);
        FixtureGraph.load(driver, "/fixtures/concepts-graph.cypher");
    }

    @Test
    void shouldCountTheGraphAndReportNoImport() {
        var stats = get(http, "/api/stats").getBody();
        assertThat(stats.path("notes").asLong()).isEqualTo(2);
        assertThat(stats.path("sections").asLong()).isEqualTo(5);
        assertThat(stats.path("concepts").asLong()).isEqualTo(7);
        assertThat(stats.path("relations").asLong()).isEqualTo(10);
        assertThat(stats.path("importing").asBoolean()).isFalse();
    }

    @Test
    void shouldFindAConceptByAnyNameCaseAndWidthInsensitively() {
        for (var q : List.of("GIL", "gil", "ＧＩＬ", "全局解释器锁", "global interpreter lock")) {
            var hits = get(http, "/api/concepts?q=" + q).getBody();
            assertThat(hits.get(0).path("id").asText()).as(q).isEqualTo("gil");
            assertThat(hits.get(0).path("match").asText()).as(q).isEqualTo("exact");
        }
        var first = get(http, "/api/concepts?q=GIL").getBody().get(0);
        assertThat(first.path("name").asText()).isEqualTo("GIL");
        assertThat(texts(first.path("aliases"))).contains("全局解释器锁");
    }

    @Test
    void shouldRankExactBeforePrefixBeforeInfix() {
        var hits = get(http, "/api/concepts?q=线程").getBody();
        assertThat(ids(hits)).startsWith("线程").contains("多线程");
        assertThat(hits.get(0).path("score").asDouble())
                .isGreaterThan(hits.get(1).path("score").asDouble());
        var prefix = get(http, "/api/concepts?q=time").getBody();
        assertThat(prefix.get(0).path("id").asText()).isEqualTo("time-wait");
        assertThat(prefix.get(0).path("match").asText()).isEqualTo("prefix");
        var single = get(http, "/api/concepts?q=挥").getBody();
        assertThat(ids(single)).contains("四次挥手");
    }

    @Test
    void shouldTreatLuceneSyntaxAsPlainText() {
        var response = get(http, "/api/concepts?q=TIME-WAIT AND (\"*");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(ids(get(http, "/api/concepts?q=TIME_WAIT").getBody()))
                .first()
                .isEqualTo("time-wait");
    }

    @Test
    void shouldReturnDetailWithSummaryAndMentions() {
        var gil = get(http, "/api/concepts/gil").getBody();
        assertThat(gil.path("summary").asText()).contains("全局解释器锁");
        var mention = gil.path("mentions").get(0);
        assertThat(mention.path("note").asText()).isEqualTo("python.md");
        assertThat(mention.path("heading").asText()).isEqualTo("多线程与GIL");
        assertThat(mention.path("line").asInt()).isEqualTo(4);
        assertThat(mention.path("text").asText()).contains("GIL");
        assertThat(gil.path("mentionsTotal").asInt())
                .isEqualTo(gil.path("mentions").size());
        var thread = get(http, "/api/concepts/线程").getBody();
        assertThat(texts(thread.path("mentions"), "line")).containsExactly("4", "13");
        assertThat(thread.path("mentionsTotal").asInt()).isEqualTo(2);
        assertThat(get(http, "/api/concepts/tcp")
                        .getBody()
                        .path("mentionsTotal")
                        .asInt())
                .isEqualTo(1);
        var first = get(http, "/api/concepts/线程?mentionLimit=1").getBody();
        assertThat(texts(first.path("mentions"), "line")).containsExactly("4");
        assertThat(first.path("mentionsTotal").asInt()).isEqualTo(2);
        assertProblem(get(http, "/api/concepts/gil?mentionLimit=0"), 400, "bad-request");
    }

    @Test
    void shouldAnswerUnknownIdsAndBadParametersWithProblems() {
        assertProblem(get(http, "/api/concepts/nope"), 404, "not-found");
        assertProblem(get(http, "/api/concepts/nope/related"), 404, "not-found");
        assertProblem(get(http, "/api/concepts/gil/neighbourhood?depth=4"), 400, "bad-request");
        assertProblem(get(http, "/api/concepts/gil/neighbourhood?types=LIKES"), 400, "bad-request");
        assertProblem(get(http, "/api/concepts/gil/neighbourhood?depth=x"), 400, "bad-request");
        assertProblem(get(http, "/api/concepts?q="), 400, "bad-request");
        assertProblem(get(http, "/api/concepts?q=gil&limit=0"), 400, "bad-request");
        assertProblem(get(http, "/api/notes/nope"), 404, "not-found");
        assertProblem(get(http, "/api/no-such-endpoint"), 404, "not-found");
        assertThat(get(http, "/api/learn-next?limit=100").getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void shouldReturnTheNeighbourhoodWithEvidence() {
        var one = get(http, "/api/concepts/gil/neighbourhood").getBody();
        assertThat(ids(one.path("nodes"))).containsExactlyInAnyOrder("gil", "多线程", "线程", "进程");
        var edge = find(one.path("edges"), "CONTRASTS_WITH");
        assertThat(edge).isNotNull();
        assertThat(edge.path("evidence").get(0).path("note").asText()).isEqualTo("python.md");
        assertThat(edge.path("evidence").get(0).path("line").asInt()).isEqualTo(13);
        assertThat(edge.path("confidence").asDouble()).isEqualTo(0.95);
        assertThat(texts(edge.path("methods"))).containsExactly("cue:区别");
        var prereqOnly = get(http, "/api/concepts/gil/neighbourhood?depth=3&types=prerequisite_of")
                .getBody();
        assertThat(ids(prereqOnly.path("nodes"))).containsExactlyInAnyOrder("gil", "多线程", "线程", "进程");
        for (var e : prereqOnly.path("edges")) {
            assertThat(e.path("type").asText()).isEqualTo("PREREQUISITE_OF");
        }
        var limited =
                get(http, "/api/concepts/gil/neighbourhood?depth=3&limit=2").getBody();
        assertThat(ids(limited.path("nodes"))).containsExactly("gil", "多线程");
        assertThat(limited.path("nodesCapped").asBoolean()).isTrue();
        assertThat(limited.path("capped").asBoolean()).isTrue();
        assertThat(one.path("nodesCapped").asBoolean()).isFalse();
        assertThat(one.path("capped").asBoolean()).isFalse();
        assertThat(one.path("edgeCount").asInt()).isEqualTo(one.path("edges").size());
    }

    @Test
    void shouldKeepEachConceptsStrongestEdgesAndSayHowManyThereWere() {
        // By default every edge among the nodes comes back, as before the cap existed.
        var all = get(http, "/api/concepts/gil/neighbourhood").getBody();
        var capped =
                get(http, "/api/concepts/gil/neighbourhood?edgesPerConcept=1").getBody();
        // 4 concepts with 7 edges among them, each concept with 3 or 4 of them
        assertThat(all.path("edges").size()).isEqualTo(7);
        assertThat(all.path("capped").asBoolean()).isFalse();
        assertThat(ids(capped.path("nodes"))).containsExactlyElementsOf(ids(all.path("nodes")));
        assertThat(capped.path("edges").size()).isBetween(1, 4);
        assertThat(capped.path("edgeCount").asInt()).isEqualTo(7);
        assertThat(capped.path("edgesPerConcept").asInt()).isEqualTo(1);
        assertThat(capped.path("capped").asBoolean()).isTrue();
        assertThat(capped.path("nodesCapped").asBoolean()).isFalse();
        for (var id : ids(all.path("nodes"))) {
            assertThat(strongest(capped.path("edges"), id)).as(id).isEqualTo(strongest(all.path("edges"), id));
        }
        var weights = new ArrayList<Double>();
        capped.path("edges").forEach(e -> weights.add(e.path("weight").asDouble()));
        assertThat(weights).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertProblem(get(http, "/api/concepts/gil/neighbourhood?edgesPerConcept=0"), 400, "bad-request");
    }

    private static double strongest(JsonNode edges, String id) {
        var best = -1.0;
        for (var e : edges) {
            if (e.path("source").asText().equals(id)
                    || e.path("target").asText().equals(id)) {
                best = Math.max(best, e.path("weight").asDouble());
            }
        }
        return best;
    }

    @Test
    void shouldRankRelatedTopicsCombiningEveryEdge() {
        var related = get(http, "/api/concepts/gil/related").getBody();
        assertThat(ids(related, "concept")).containsExactly("多线程", "线程", "进程");
        var top = related.get(0);
        // RELATED_TO 0.8 and PREREQUISITE_OF 0.7*0.85 combine as a noisy-or.
        assertThat(top.path("score").asDouble()).isCloseTo(1 - (1 - 0.8) * (1 - 0.595), within());
        assertThat(texts(top.path("reasons")))
                .anyMatch(r -> r.contains("discussed together") && r.contains("python.md line 3"))
                .anyMatch(r -> r.contains("多线程 is a prerequisite of GIL"));
        assertThat(ids(related, "concept")).doesNotContain("gil");
    }

    @Test
    void shouldPlanAStudyPathInPrerequisiteOrder() {
        var path = get(http, "/api/study-path?target=gil").getBody();
        var steps = ids(path.path("steps"), "concept");
        assertThat(steps).containsExactly("进程", "线程", "多线程", "gil");
        assertThat(path.path("target").path("id").asText()).isEqualTo("gil");
        var because = path.path("steps").get(1).path("because");
        assertThat(because).hasSize(2);
        assertThat(because.get(0).path("evidence").get(0).path("note").asText()).isEqualTo("python.md");
        var known =
                ids(get(http, "/api/study-path?target=gil&known=线程").getBody().path("steps"), "concept");
        assertThat(known).containsExactly("多线程", "gil");
        var network = ids(
                get(http, "/api/study-path?target=time-wait&known=四次挥手")
                        .getBody()
                        .path("steps"),
                "concept");
        assertThat(network).containsExactly("tcp", "time-wait");
        assertProblem(get(http, "/api/study-path?target=nope"), 404, "not-found");
        assertProblem(get(http, "/api/study-path?target=gil&known=nope"), 400, "bad-request");
    }

    @Test
    void shouldFollowLongerChainsOnlyWhereANoteAboutTheTargetStatesThem() {
        // 进程 -> tcp stated in python.md, which never mentions TIME-WAIT; the learner's own edge holds anywhere
        var add =
                """
                MATCH (p:Concept {id: '进程'}), (t:Concept {id: 'tcp'}), (m:Concept {id: '多线程'})
                CREATE (p)-[:PREREQUISITE_OF {confidence: 0.95, weight: 0.95, methods: ['cue:先'],
                        evidenceNotes: ['python.md'], evidenceLines: [13], evidenceTexts: ['先理解进程']}]->(t)
                CREATE (m)-[:PREREQUISITE_OF {confidence: 1.0, weight: 1.0, methods: ['learner'],
                        evidenceNotes: ['.notegraph/corrections.yaml'], evidenceLines: [1], evidenceTexts: ['prerequisite']}]->(t)
                """;
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(add).consume());
        }
        try {
            var steps =
                    ids(get(http, "/api/study-path?target=time-wait").getBody().path("steps"), "concept");
            assertThat(steps).contains("tcp", "四次挥手", "多线程").doesNotContain("进程");
            var direct = ids(get(http, "/api/study-path?target=tcp").getBody().path("steps"), "concept");
            assertThat(direct).contains("进程", "多线程");
        } finally {
            try (var session = driver.session()) {
                session.executeWrite(tx -> tx.run(
                                """
                                MATCH (:Concept)-[r:PREREQUISITE_OF]->(:Concept {id: 'tcp'})
                                WHERE r.evidenceNotes IN [['python.md'], ['.notegraph/corrections.yaml']]
                                DELETE r
                                """)
                        .consume());
            }
        }
    }

    @Test
    void shouldFindAShortestPathOrAnswer404() {
        var path = get(http, "/api/paths?from=进程&to=多线程").getBody();
        assertThat(ids(path.path("nodes"))).hasSize(3).startsWith("进程").endsWith("多线程");
        assertThat(path.path("edges")).hasSize(2);
        assertThat(path.path("edges")
                        .get(0)
                        .path("evidence")
                        .get(0)
                        .path("text")
                        .asText())
                .isNotBlank();
        assertProblem(get(http, "/api/paths?from=gil&to=tcp"), 404, "not-found");
        assertProblem(get(http, "/api/paths?from=gil&to=nope"), 404, "not-found");
    }

    @Test
    void shouldListNotesAndShowSectionsWithTheirConcepts() {
        var notes = get(http, "/api/notes").getBody();
        assertThat(texts(notes, "path")).containsExactly("network.md", "python.md");
        var note = get(http, "/api/notes/n-python").getBody();
        assertThat(note.path("title").asText()).isEqualTo("Python");
        var sections = note.path("sections");
        assertThat(texts(sections, "id")).containsExactly("n-python-0", "n-python-1", "n-python-2");
        assertThat(ids(sections.get(1).path("concepts"))).containsExactly("多线程", "gil", "线程");
        assertThat(note.path("importedAt").asText()).startsWith("2024-05-01T10:00");
    }

    @Test
    void shouldRunReadQueriesWithRowCapAndJsonValues() {
        var response = cypher(
                http,
                """
                {"query": "MATCH (c:Concept {id: $id})-[r]-(o) RETURN c, r, o.name AS name LIMIT 1",
                 "parameters": {"id": "gil"}}""");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        var body = response.getBody();
        assertThat(texts(body.path("columns"))).containsExactly("c", "r", "name");
        var node = body.path("rows").get(0).get(0);
        assertThat(texts(node.path("labels"))).containsExactly("Concept");
        assertThat(node.path("properties").path("name").asText()).isEqualTo("GIL");
        assertThat(body.path("rows").get(0).get(1).path("type").asText()).isNotBlank();
        assertThat(body.path("truncated").asBoolean()).isFalse();
        var many = cypher(http, "{\"query\": \"UNWIND range(1, 5000) AS i RETURN i\"}")
                .getBody();
        assertThat(many.path("rows")).hasSize(50);
        assertThat(many.path("truncated").asBoolean()).isTrue();
        var path = cypher(http, "{\"query\": \"MATCH p = (:Concept {id: 'tcp'})-->() RETURN p LIMIT 1\"}");
        assertThat(path.getBody().path("rows").get(0).get(0).path("nodes")).hasSize(2);
    }

    @Test
    void shouldRejectWritesAdminAndBadQueriesLeavingTheGraphUnchanged() {
        var before = get(http, "/api/stats").getBody();
        var rejected = List.of(
                "CREATE (:Concept {id: 'x'})",
                "MERGE (c:Concept {id: 'gil'}) SET c.name = 'changed'",
                "MATCH (c:Concept) DETACH DELETE c",
                "MATCH (c:Concept {id: 'gil'}) SET c.name = 'changed'",
                "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
                "CREATE INDEX hacked FOR (c:Concept) ON (c.summary)",
                "DROP CONSTRAINT concept_id",
                "CREATE USER mallory SET PASSWORD 'secret123'",
                "MATCH (n RETURN n");
        for (var query : rejected) {
            var body = assertProblem(cypher(http, "{\"query\": \"" + query + "\"}"), 400, "cypher-rejected");
            assertThat(body.path("detail").asText()).as(query).isNotBlank();
        }
        assertThat(get(http, "/api/stats").getBody()).isEqualTo(before);
        assertThat(get(http, "/api/concepts/gil").getBody().path("name").asText())
                .isEqualTo("GIL");
        var indexes = cypher(http, "{\"query\": \"SHOW INDEXES YIELD name RETURN name\"}")
                .getBody();
        assertThat(texts(indexes.path("rows"), 0)).doesNotContain("hacked").contains("concept_names");
    }

    @Test
    void shouldRejectOversizedAndEmptyCypherRequests() {
        var big = "{\"query\": \"RETURN '" + "x".repeat(70_000) + "'\"}";
        assertProblem(cypher(http, big), 413, "payload-too-large");
        assertProblem(cypher(http, "{\"query\": \" \"}"), 400, "bad-request");
        assertProblem(cypher(http, "not json"), 400, "bad-request");
    }

    @Test
    void shouldServeOpenApiAndHealth() {
        var api = get(http, "/v3/api-docs").getBody();
        assertThat(api.path("paths").has("/api/concepts/{id}/neighbourhood")).isTrue();
        var ui = http.getForEntity("/swagger-ui.html", String.class);
        assertThat(ui.getStatusCode().is2xxSuccessful() || ui.getStatusCode().is3xxRedirection())
                .isTrue();
        var health = get(http, "/actuator/health").getBody();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").has("neo4j")).isTrue();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private static JsonNode find(JsonNode edges, String type) {
        for (var e : edges) {
            if (e.path("type").asText().equals(type)) {
                return e;
            }
        }
        return null;
    }

    static List<String> ids(JsonNode array) {
        return texts(array, "id");
    }

    static List<String> ids(JsonNode array, String field) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.path(field).path("id").asText()));
        return out;
    }

    static List<String> texts(JsonNode array, String field) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    static List<String> texts(JsonNode array, int column) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.get(column).asText()));
        return out;
    }

    static List<String> texts(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
