package dev.notegraph.schema;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j with Bolt on loopback, so the official driver talks to it exactly as to a server. The
 * store persists in the given folder.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final Path storeDir;
    private final long pageCacheBytes;
    private final int port;
    private volatile DatabaseManagementService service;

    private EmbeddedNeo4j(Path storeDir, long pageCacheBytes, int port, DatabaseManagementService service) {
        this.storeDir = storeDir;
        this.pageCacheBytes = pageCacheBytes;
        this.port = port;
        this.service = service;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "neo4j-shutdown"));
    }

    /** Starts a server on {@code 127.0.0.1:port}; port 0 picks a free one. */
    public static EmbeddedNeo4j start(Path storeDir, int port, long pageCacheBytes) {
        var service = build(storeDir, port, pageCacheBytes);
        return new EmbeddedNeo4j(storeDir, pageCacheBytes, boltPort(service), service);
    }

    /** A server on a free port with a small page cache, for tests and one-shot commands. */
    public static EmbeddedNeo4j start(Path storeDir) {
        return start(storeDir, 0, ByteUnit.mebiBytes(128));
    }

    /** {@code bolt://127.0.0.1:PORT}, no authentication. */
    public URI boltUri() {
        return URI.create("bolt://127.0.0.1:" + port);
    }

    /**
     * Replaces the default database with one whose store files {@code writer} writes while the server is down
     * (Neo4j's batch importer needs the database stopped, and Community cannot stop one database alone), then
     * starts the server again on the same port. The database starts without indexes or constraints. If the
     * writer fails, the database starts empty.
     */
    public synchronized void rewriteStore(StoreWriter writer) throws IOException {
        var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var layout = db.databaseLayout();
        var config = db.getDependencyResolver().resolveDependency(Config.class);
        service.shutdown();
        try {
            delete(layout);
            writer.write(layout, config);
        } catch (IOException | RuntimeException e) {
            delete(layout);
            throw e;
        } finally {
            service = build(storeDir, port, pageCacheBytes);
        }
    }

    @Override
    public void close() {
        service.shutdown();
    }

    /** Writes a database's store files into an empty layout. */
    @FunctionalInterface
    public interface StoreWriter {

        void write(DatabaseLayout layout, Config config) throws IOException;
    }

    private static DatabaseManagementService build(Path storeDir, int port, long pageCacheBytes) {
        return new DatabaseManagementServiceBuilder(storeDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // Bolt's two Netty event loop groups each wait a 5 s quiet period on shutdown, 10 s of nothing per
                // close; by then every connection is closed, so nothing is gained by waiting.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // LOAD CSV from file:/// would read any file the JVM can; no import here needs it.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // One query building a huge list must fail alone, not take the whole JVM down with an OOM.
                .setConfig(
                        GraphDatabaseSettings.memory_transaction_max_size,
                        Runtime.getRuntime().maxMemory() / 4)
                .setConfig(
                        GraphDatabaseSettings.memory_transaction_global_max_size,
                        Runtime.getRuntime().maxMemory() / 2)
                .build();
    }

    private static int boltPort(DatabaseManagementService service) {
        var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        return db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
    }

    private static void delete(DatabaseLayout layout) throws IOException {
        FileTrees.delete(layout.databaseDirectory());
        FileTrees.delete(layout.getTransactionLogsDirectory());
    }
}
