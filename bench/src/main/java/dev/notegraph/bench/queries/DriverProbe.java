package dev.notegraph.bench.queries;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** The console's Cypher through the bare driver, against the backend's own embedded Bolt: the floor. */
final class DriverProbe implements AutoCloseable {

    private final Driver driver;
    private final List<String> ids;

    DriverProbe(int boltPort, List<String> ids) {
        this.driver = GraphDatabase.driver(
                "bolt://127.0.0.1:" + boltPort,
                AuthTokens.none(),
                Config.builder().withLogging(Logging.none()).build());
        this.ids = ids;
    }

    /** Runs the query in a read transaction and reads every row, as the backend does. */
    boolean send(int i) {
        try (var session = driver.session()) {
            var rows = session.executeRead(tx ->
                    tx.run(Probes.CYPHER, Map.of("id", ids.get(i % ids.size()))).list(r -> r.values()));
            return rows != null;
        }
    }

    @Override
    public void close() {
        driver.close();
    }
}
