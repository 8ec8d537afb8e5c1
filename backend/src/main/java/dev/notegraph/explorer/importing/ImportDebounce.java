package dev.notegraph.explorer.importing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Coalesces bursts of file changes (an editor's temp files, a checkout of hundreds of notes) into one import that
 * starts once the folder has been quiet for a moment. A change while an import runs is not lost: the import is
 * asked again until the runner takes it.
 */
final class ImportDebounce implements AutoCloseable {

    private final ImportRunner runner;
    private final long quietMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "notes-watch-debounce");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;

    ImportDebounce(ImportRunner runner, Duration quiet) {
        this.runner = runner;
        this.quietMillis = quiet.toMillis();
    }

    /** Something changed: import once nothing else has changed for the quiet period. */
    synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(this::fire, quietMillis, TimeUnit.MILLISECONDS);
    }

    private void fire() {
        if (runner.start("watch").isEmpty()) {
            changed();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
