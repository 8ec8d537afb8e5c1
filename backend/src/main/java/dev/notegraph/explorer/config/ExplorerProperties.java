package dev.notegraph.explorer.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the explorer, under {@code explorer.*}.
 *
 * @param notes the notes folder to import; unset (null) means the sample notes bundled in the jar, see
 *     {@link #notesFolder()}
 * @param dataDir where the embedded Neo4j store and the unpacked bundled notes live
 * @param embeddedBoltPort Bolt port of the embedded Neo4j on 127.0.0.1; 0 picks a free port
 * @param pageCache page cache of the embedded Neo4j
 * @param cypher limits of the read-only Cypher console
 * @param importOnStart whether to import the notes folder in the background at start-up
 * @param watch whether a configured notes folder is watched, each change re-imported within seconds
 * @param accessToken bearer token for the console and imports; required when not bound to loopback
 * @param cors cross-origin access; none unless origins are listed
 * @param corrections the learner's corrections file; unset (null) means {@code .notegraph/corrections.yaml} in
 *     the notes folder, or {@code corrections.yaml} in the data folder when the notes folder is read-only
 * @param allowedHosts host names a request's {@code Host} header may carry besides the loopback ones, while bound
 *     to loopback (the DNS-rebinding guard); without port, case does not matter
 */
@ConfigurationProperties("explorer")
public record ExplorerProperties(
        Path notes,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("0") int embeddedBoltPort,
        @DefaultValue("256MB") DataSize pageCache,
        @DefaultValue Cypher cypher,
        @DefaultValue("true") boolean importOnStart,
        @DefaultValue("true") boolean watch,
        Optional<String> accessToken,
        @DefaultValue Cors cors,
        @DefaultValue List<String> allowedHosts,
        Path corrections) {

    public ExplorerProperties {
        // Binding leaves an unset Optional null rather than empty.
        accessToken = accessToken == null ? Optional.empty() : accessToken.filter(t -> !t.isBlank());
    }

    /**
     * The configured notes folder, if any. A plain {@code Path} component because the binder has no converter
     * from a string to {@code Optional<Path>}: {@code --explorer.notes=DIR} failed the start-up.
     */
    public Optional<Path> notesFolder() {
        return Optional.ofNullable(notes);
    }

    /** The configured corrections file, if any (a plain {@code Path} component for the same reason as notes). */
    public Optional<Path> correctionsFile() {
        return Optional.ofNullable(corrections);
    }

    /**
     * Cross-origin access to the API.
     *
     * @param allowedOrigins origins (e.g. {@code https://notes.example}) whose pages may call the API
     */
    public record Cors(@DefaultValue List<String> allowedOrigins) {}

    /**
     * Limits of {@code POST /api/cypher}.
     *
     * @param timeout a query running longer is terminated
     * @param maxRows rows beyond this are dropped and the answer says {@code truncated: true}
     * @param maxConcurrent console queries running at once; more are refused with 429
     */
    public record Cypher(
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("1000") int maxRows,
            @DefaultValue("2") int maxConcurrent) {}
}
