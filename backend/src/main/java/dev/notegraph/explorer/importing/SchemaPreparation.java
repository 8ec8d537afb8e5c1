package dev.notegraph.explorer.importing;

import dev.notegraph.schema.GraphSchema;
import java.time.Duration;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the graph schema, waiting for a server that is not up yet: under docker-compose the app may start
 * before Neo4j accepts connections, and it should then answer 503s, not die.
 */
final class SchemaPreparation {

    private static final Logger log = LoggerFactory.getLogger(SchemaPreparation.class);
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final Duration PAUSE = Duration.ofSeconds(2);

    private SchemaPreparation() {}

    /** True once the schema is applied; false if the server stayed unreachable or the thread was stopped. */
    static boolean apply(Driver driver) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                var version = GraphSchema.apply(driver);
                log.info("Graph schema at version {}", version.orElse("(none)"));
                return true;
            } catch (ServiceUnavailableException | SessionExpiredException e) {
                if (System.nanoTime() > deadline || !pause()) {
                    log.error("Neo4j stayed unreachable; schema not applied: {}", e.getMessage());
                    return false;
                }
                log.warn("Neo4j not reachable yet, retrying: {}", e.getMessage());
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
