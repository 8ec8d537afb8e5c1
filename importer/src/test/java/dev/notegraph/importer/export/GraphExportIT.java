package dev.notegraph.importer.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.Seeds;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.ObjectMapper;

/**
 * Every export format of a seed graph, read back by a real reader of that format. The three shorter seed notes,
 * not all five: their graph (120 concepts, 1,584 relations) has the same six relation types as the five notes'
 * (330, 5,187), so the Cypher script still has more than one batch of concepts and several batches of the big
 * types, at a third of the size. Replaying the script is Neo4j compiling one big literal per statement, in
 * proportion to its characters: about a minute for the five notes' 1.5 MB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphExportIT {

    /** The three shorter seeds; 001 is the one on networking (epoll). */
    private static final List<String> NOTES =
            List.of("000_964a3e6d5d37624c.txt", "001_25dcc92f578f0594.txt", "003_c9a73229945440ca.txt");

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    private Driver driver;
    private GraphExporter exporter;
    private long concepts;
    private long relations;

    @BeforeAll
    void importSeedNotes(@TempDir Path work) {
        driver = neo4j.driver();
        neo4j.clear();
        var notes = Seeds.copyTo(work.resolve("notes"), NOTES);
        var summary = new Importer(driver, new MarkdownNotesAnalyzer()).importFolder(notes, ImportListener.NONE);
        exporter = new GraphExporter(driver, SessionConfig.defaultConfig());
        concepts = summary.concepts();
        relations = summary.relations();
    }

    @Test
    void shouldWriteGraphmlThatAGraphmlLibraryReadsBackWhole() {
        var graph = new DirectedPseudograph<String, DefaultEdge>(DefaultEdge.class);
        var ids = new HashMap<String, String>();
        var names = new HashMap<String, String>();
        var importer = new GraphMLImporter<String, DefaultEdge>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((vertexAndKey, value) -> {
            if (vertexAndKey.getSecond().equals("conceptId")) {
                ids.put(vertexAndKey.getFirst(), value.getValue());
            } else if (vertexAndKey.getSecond().equals("name")) {
                names.put(vertexAndKey.getFirst(), value.getValue());
            }
        });

        importer.importGraph(graph, new ByteArrayInputStream(export(ExportFormat.GRAPHML)));

        assertThat((long) graph.vertexSet().size()).isEqualTo(concepts);
        assertThat((long) graph.edgeSet().size()).isEqualTo(relations);
        assertThat(ids).hasSize((int) concepts).containsValue("epoll");
        var epoll = ids.entrySet().stream()
                .filter(e -> e.getValue().equals("epoll"))
                .findFirst()
                .orElseThrow();
        assertThat(names).containsEntry(epoll.getKey(), "epoll").hasSize((int) concepts);
    }

    @Test
    void shouldWriteNodeLinkJsonWithEvidenceOnEveryLink() throws Exception {
        var json = new ObjectMapper().readTree(export(ExportFormat.JSON));

        assertThat((long) json.path("nodes").size()).isEqualTo(concepts);
        assertThat((long) json.path("links").size()).isEqualTo(relations);
        assertThat(json.path("links")).allSatisfy(link -> {
            assertThat(link.path("type").asText()).isNotBlank();
            assertThat(link.path("evidence")).isNotEmpty();
        });
        assertThat(json.path("nodes"))
                .anySatisfy(node -> assertThat(node.path("topic").asText()).isNotEmpty());
    }

    @Test
    void shouldZipAConceptsAndARelationsCsv() throws Exception {
        var files = unzip(export(ExportFormat.CSV));

        assertThat(files.keySet()).containsExactly("concepts.csv", "relations.csv");
        assertThat(files.get("concepts.csv"))
                .startsWith("id,name,aliases,summary,category,mentionCount,noteCount,topic\r\n");
        assertThat(files.get("relations.csv")).startsWith("source,target,type,confidence,weight,methods,evidence\r\n");
        assertThat(files.get("concepts.csv")).contains("\r\nepoll,epoll,");
    }

    @Test
    void shouldReplayTheCypherScriptIntoAnEmptyDatabaseAsTheSameGraph() {
        var before = new String(export(ExportFormat.JSON), StandardCharsets.UTF_8);
        var script = new String(export(ExportFormat.CYPHER), StandardCharsets.UTF_8);

        neo4j.clear();
        try (var session = driver.session()) {
            script.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("//"))
                    .forEach(statement -> session.run(statement).consume());
        }

        assertThat(count("MATCH (n) WHERE NOT n:Concept RETURN count(n)")).isZero();
        assertThat(new String(export(ExportFormat.JSON), StandardCharsets.UTF_8))
                .isEqualTo(before);
    }

    private byte[] export(ExportFormat format) {
        var out = new ByteArrayOutputStream();
        exporter.write(format, out);
        return out.toByteArray();
    }

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        var files = new java.util.LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
