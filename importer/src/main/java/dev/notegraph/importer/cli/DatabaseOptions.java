package dev.notegraph.importer.cli;

import java.net.URI;
import java.nio.file.Path;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.SessionConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where to write: {@code --uri} (with credentials and database) or {@code --embedded}; a mixin for commands. */
final class DatabaseOptions {

    // "0..1", not "1": a command checks that one was given, so that its subcommands need none
    @ArgGroup(multiplicity = "0..1")
    Target target;

    @Option(names = "--user", paramLabel = "U", description = "User name for --uri.")
    String user;

    @Option(
            names = "--password",
            paramLabel = "P",
            defaultValue = "${env:NEO4J_PASSWORD}",
            description = "Password for --uri; defaults to the NEO4J_PASSWORD environment variable.")
    String password;

    @Option(names = "--database", paramLabel = "D", description = "Database name; the server's default if absent.")
    String database;

    static final class Target {
        @Option(names = "--uri", paramLabel = "URI", description = "A Neo4j server, e.g. bolt://127.0.0.1:7687.")
        URI uri;

        @Option(names = "--embedded", paramLabel = "STORE_DIR", description = "Import into an embedded store here.")
        Path embedded;
    }

    /** Connects to the server, or starts the embedded store. */
    GraphTarget open() {
        if (target.embedded != null) {
            return GraphTarget.embedded(target.embedded);
        }
        return GraphTarget.server(target.uri, auth());
    }

    SessionConfig sessionConfig() {
        return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }

    private AuthToken auth() {
        return user == null ? AuthTokens.none() : AuthTokens.basic(user, password == null ? "" : password);
    }
}
