package dev.notegraph.explorer.config;

import dev.notegraph.importer.extract.Analysis;
import dev.notegraph.importer.source.NoteSource;
import dev.notegraph.schema.EmbeddedNeo4j;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work begun before the Spring context refreshes, so that it overlaps with it: the embedded Neo4j (schema
 * applied) and, on a fresh store, the analysis of the notes. The context takes the server over with
 * {@link #claimServer()}; until then {@link #close()} owns its shutdown.
 */
public final class EarlyStart implements AutoCloseable {

    private final CompletableFuture<EmbeddedNeo4j> server;
    private final Optional<CompletableFuture<PreparedAnalysis>> analysis;
    private final AtomicBoolean claimed = new AtomicBoolean();

    EarlyStart(CompletableFuture<EmbeddedNeo4j> server, Optional<CompletableFuture<PreparedAnalysis>> analysis) {
        this.server = server;
        this.analysis = analysis;
    }

    /** Waits for the server; from then on its closing is the caller's. Fails as the start did. */
    EmbeddedNeo4j claimServer() {
        claimed.set(true);
        return join(server);
    }

    /** The analysis of the notes as read before start-up, if a fresh store made one worth starting early. */
    public Optional<CompletableFuture<PreparedAnalysis>> analysis() {
        return analysis;
    }

    /** Shuts the server down unless the context claimed it; waits for a start still under way. */
    @Override
    public void close() {
        analysis.ifPresent(a -> a.cancel(false));
        if (!claimed.getAndSet(true)) {
            server.thenAccept(EmbeddedNeo4j::close);
            try {
                server.join();
            } catch (RuntimeException startFailed) {
                // Nothing to close; the failure was logged where it happened.
            }
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded Neo4j", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the embedded Neo4j did not start", e.getCause());
        }
    }

    /**
     * An analysis together with the notes it was made from, so a later import can tell whether it still fits.
     */
    public record PreparedAnalysis(List<NoteSource> sources, Analysis analysis) {}
}
