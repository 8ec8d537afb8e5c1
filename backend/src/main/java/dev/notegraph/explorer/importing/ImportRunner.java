package dev.notegraph.explorer.importing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs imports one at a time, whoever asks (start-up, the watcher, a request), and records each in the history.
 * A second import while one runs is refused rather than queued: the running one reads the folder anyway.
 */
@Component
final class ImportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJob job;
    private final ImportHistory history;
    private final ImportState state;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<String> queued = new AtomicReference<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "notes-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportRunner(ImportJob job, ImportHistory history, ImportState state) {
        this.job = job;
        this.history = history;
        this.state = state;
    }

    /** Starts an import in the background; its id, or empty when one is already running. */
    Optional<String> start(String trigger) {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        var id = UUID.randomUUID().toString();
        executor.execute(() -> runClaimed(id, trigger));
        return Optional.of(id);
    }

    /**
     * Starts an import now, or right after the running one ends: what changed (a correction) may have come too late
     * for the running import to see. Its id when it started at once.
     */
    Optional<String> startSoon(String trigger) {
        var id = start(trigger);
        if (id.isPresent()) {
            return id;
        }
        queued.set(trigger);
        // the running import may have ended before the queue was set: then nobody else will start it
        if (!running.get()) {
            var again = queued.getAndSet(null);
            if (again != null) {
                return start(again);
            }
        }
        return Optional.empty();
    }

    /** Runs an import in the calling thread; false when one was already running. */
    boolean runNow(String trigger) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        runClaimed(UUID.randomUUID().toString(), trigger);
        return true;
    }

    boolean running() {
        return running.get();
    }

    private void runClaimed(String id, String trigger) {
        var startedAt = Instant.now();
        state.started();
        try {
            var summary = job.run();
            log.info(
                    "Import ({}) finished in {} ms: {} files, {} imported, {} unchanged, {} failed, {} concepts,"
                            + " {} relations",
                    trigger,
                    summary.timings().total().toMillis(),
                    summary.filesSeen(),
                    summary.imported(),
                    summary.unchanged(),
                    summary.failed(),
                    summary.concepts(),
                    summary.relations());
            summary.problems().forEach(p -> log.warn("Not imported: {}: {}", p.path(), p.reason()));
            state.finished(summary);
            record(ImportRecords.finished(id, trigger, startedAt, summary));
        } catch (RuntimeException e) {
            log.error("Import ({}) failed", trigger, e);
            var reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            state.failed(reason);
            record(ImportRecords.failed(id, trigger, startedAt, reason));
        } finally {
            running.set(false);
            var again = queued.getAndSet(null);
            if (again != null) {
                start(again);
            }
        }
    }

    // The history describes the store; a store that cannot take the record cannot have taken the import either.
    private void record(ImportRecord record) {
        try {
            history.add(record);
        } catch (RuntimeException e) {
            log.warn("Import {} not recorded in the history: {}", record.id(), e.getMessage());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
