package dev.notegraph.explorer.importing;

import dev.notegraph.importer.ImportSummary;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Whether the start-up work (schema, then import) is still running, and how the import ended. Starts as
 * "importing", so no request sees "done" in the moment before the start-up thread begins.
 */
@Component
final class ImportState {

    private final AtomicReference<Snapshot> current;

    ImportState() {
        this.current = new AtomicReference<>(new Snapshot(true, Optional.empty(), Optional.empty()));
    }

    Snapshot snapshot() {
        return current.get();
    }

    void started() {
        current.set(new Snapshot(true, Optional.empty(), Optional.empty()));
    }

    void idle() {
        current.set(new Snapshot(false, Optional.empty(), Optional.empty()));
    }

    void finished(ImportSummary summary) {
        current.set(new Snapshot(false, Optional.of(summary), Optional.empty()));
    }

    void failed(String reason) {
        current.set(new Snapshot(false, Optional.empty(), Optional.of(reason)));
    }

    /** One consistent view: a reader never sees "done" without the summary. */
    record Snapshot(boolean importing, Optional<ImportSummary> summary, Optional<String> error) {}
}
