package dev.notegraph.importer.export;

import java.io.OutputStream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * Exports the whole concept graph (concepts with aliases, summary and topic; relations with type, confidence
 * and evidence) to a stream, record by record: a 10k-concept graph never sits in memory as one string. Shared
 * by {@code importer.jar export} and the backend's {@code GET /api/export}.
 */
public final class GraphExporter {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public GraphExporter(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
    }

    /** Writes the graph in the format to {@code out}, which the caller closes. */
    public void write(ExportFormat format, OutputStream out) {
        try (var session = driver.session(sessionConfig)) {
            session.executeRead(tx -> {
                GraphSource.stream(tx, sink(format, out));
                return null;
            });
        }
    }

    private static GraphSink sink(ExportFormat format, OutputStream out) {
        return switch (format) {
            case GRAPHML -> new GraphmlSink(out);
            case JSON -> new JsonSink(out);
            case CSV -> new CsvSink(out);
            case CYPHER -> new CypherSink(out);
        };
    }
}
