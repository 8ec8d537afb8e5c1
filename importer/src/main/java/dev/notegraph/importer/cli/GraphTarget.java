package dev.notegraph.importer.cli;

import dev.notegraph.schema.EmbeddedNeo4j;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** The database an import writes to: a server by URI, or an embedded store started for this run. */
final class GraphTarget implements AutoCloseable {

    private final Optional<EmbeddedNeo4j> embedded;
    private final Driver driver;

    private GraphTarget(Optional<EmbeddedNeo4j> embedded, Driver driver) {
        this.embedded = embedded;
        this.driver = driver;
    }

    /** Connects and checks the connection, so a wrong URI or password fails before any work. */
    static GraphTarget server(URI uri, AuthToken auth) {
        var driver = GraphDatabase.driver(uri, auth, quiet());
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
        return new GraphTarget(Optional.empty(), driver);
    }

    static GraphTarget embedded(Path storeDir) {
        var neo4j = EmbeddedNeo4j.start(storeDir);
        return new GraphTarget(Optional.of(neo4j), GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), quiet()));
    }

    Driver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
        embedded.ifPresent(EmbeddedNeo4j::close);
    }

    private static Config quiet() {
        return Config.builder().withLogging(Logging.none()).build();
    }
}
