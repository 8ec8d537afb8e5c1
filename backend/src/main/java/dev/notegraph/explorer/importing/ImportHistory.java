package dev.notegraph.explorer.importing;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The last {@value #KEPT} imports, newest first, kept in the graph store as {@code :ImportRun} nodes holding
 * the record as JSON: the history can be lost with the store, as it describes that store.
 */
@Component
final class ImportHistory {

    static final int KEPT = 100;

    private final Driver driver;
    private final ObjectMapper json;

    ImportHistory(Driver driver, ObjectMapper json) {
        this.driver = driver;
        this.json = json;
    }

    /** Stores the record and drops the oldest beyond {@value #KEPT}, in one transaction. */
    void add(ImportRecord record) {
        var create =
                """
                CREATE (:ImportRun {id: $id, startedAt: $startedAt, record: $record})
                """;
        var prune =
                """
                MATCH (old:ImportRun)
                WITH old ORDER BY old.startedAt DESC, old.id DESC
                SKIP $kept
                DELETE old
                """;
        var parameters = Map.<String, Object>of(
                "id", record.id(),
                "startedAt", record.startedAt().atOffset(ZoneOffset.UTC),
                "record", write(record),
                "kept", KEPT);
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(create, parameters).consume();
                tx.run(prune, parameters).consume();
            });
        }
    }

    /** The newest {@code limit} records, newest first. */
    List<ImportRecord> latest(int limit) {
        var cypher =
                """
                MATCH (i:ImportRun)
                RETURN i.record AS record
                ORDER BY i.startedAt DESC, i.id DESC
                LIMIT $limit
                """;
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(cypher, Map.of("limit", limit)).list(this::toRecord));
        }
    }

    private ImportRecord toRecord(Record row) {
        return json.readValue(row.get("record").asString(), ImportRecord.class);
    }

    private String write(ImportRecord record) {
        return json.writeValueAsString(record);
    }
}
