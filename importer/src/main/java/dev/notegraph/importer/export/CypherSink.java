package dev.notegraph.importer.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Cypher script that recreates the concept graph in an empty Neo4j: one statement per line, rows batched in
 * {@code UNWIND} literals of {@value #BATCH}, relations grouped by type (a type cannot be a parameter).
 */
final class CypherSink implements GraphSink {

    static final int BATCH = 100;

    private final BufferedWriter text;
    private final List<String> rows = new ArrayList<>();
    private String relationType;

    CypherSink(OutputStream out) {
        this.text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void begin() throws IOException {
        text.write("// notegraph concept graph. Replay into an empty database, one statement per line.\n");
        text.write("CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (c:Concept) REQUIRE c.id IS UNIQUE;\n");
    }

    @Override
    public void concept(ExportedConcept c) throws IOException {
        var row = new CypherMap()
                .put("id", c.id())
                .put("name", c.name())
                .put("aliases", c.aliases())
                .putText("summary", c.summary())
                .putText("summaryNote", c.summaryNote())
                .putNumber("summaryLine", c.summaryLine())
                .putText("category", c.category())
                .put("mentionCount", c.mentionCount())
                .put("noteCount", c.noteCount())
                .putText("topic", c.topic());
        add(row.toString(), "CREATE (c:Concept) SET c = row");
    }

    @Override
    public void relationsBegin() throws IOException {
        flush("CREATE (c:Concept) SET c = row");
    }

    @Override
    public void relation(ExportedRelation r) throws IOException {
        if (!r.type().equals(relationType)) {
            flushRelations();
            relationType = r.type();
        }
        var properties = new CypherMap()
                .put("confidence", r.confidence())
                .put("weight", r.weight())
                .put("methods", r.methods())
                .put(
                        "evidenceNotes",
                        r.evidence().stream()
                                .map(ExportedRelation.Evidence::note)
                                .toList())
                .put(
                        "evidenceLines",
                        r.evidence().stream()
                                .map(ExportedRelation.Evidence::line)
                                .toList())
                .put(
                        "evidenceTexts",
                        r.evidence().stream()
                                .map(ExportedRelation.Evidence::text)
                                .toList());
        var row = new CypherMap().put("s", r.source()).put("t", r.target()).putMap("p", properties);
        add(row.toString(), relationStatement());
    }

    @Override
    public void end() throws IOException {
        flushRelations();
        text.flush();
    }

    private String relationStatement() {
        // The type comes from the stored graph's own relation types, all plain identifiers.
        return "MATCH (a:Concept {id: row.s}), (b:Concept {id: row.t}) CREATE (a)-[r:`%s`]->(b) SET r = row.p"
                .formatted(relationType);
    }

    private void flushRelations() throws IOException {
        if (relationType != null) {
            flush(relationStatement());
        }
    }

    private void add(String row, String statement) throws IOException {
        rows.add(row);
        if (rows.size() == BATCH) {
            flush(statement);
        }
    }

    private void flush(String statement) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        text.write("UNWIND [" + String.join(", ", rows) + "] AS row " + statement + ";\n");
        rows.clear();
    }
}
